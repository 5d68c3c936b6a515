# Usage errors on the command line. The parser's own explanation (in English) follows these
# lines, so they name the problem briefly and say where to read more.

cli-usage-unknown = delist: ここでは使えない指定です: { $arg }
cli-usage-invalid-value = delist: { $arg } に { $value } は指定できません。
cli-usage-missing-value = delist: { $arg } の値がありません。
cli-usage-missing = delist: 必要な指定がありません: { $arg }
cli-usage-other = delist: コマンドの指定が正しくありません。
cli-usage-more = 下の英語の説明も参考にしてください。`delist --help` で、すべてのコマンドとオプションを確認できます。
cli-usage-did-you-mean = delist: 「{ $word }」というコマンドはありません。`delist { $command }` のことですか?
cli-usage-help = `delist --help` で、すべてのコマンドとオプションを確認できます。
