# Usage errors on the command line. The parser's own explanation (in English) follows these
# lines, so they name the problem briefly and say where to read more.

cli-usage-unknown = delist: not a known option or argument here: { $arg }
cli-usage-invalid-value = delist: { $arg } cannot be { $value }.
cli-usage-missing-value = delist: { $arg } needs a value.
cli-usage-missing = delist: something required is missing: { $arg }
cli-usage-other = delist: the command line is not right.
cli-usage-more = The lines below say more; `delist --help` lists every command and option.
cli-usage-did-you-mean = delist: “{ $word }” is not a command. Did you mean `delist { $command }`?
cli-usage-help = `delist --help` lists every command and option.
