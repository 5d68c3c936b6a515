//! What the person types: kana names to romaji, the checks on each answer, and the answers
//! as plain data that survive a save and resume.

use delist::request::romaji::{RomajiError, has_kana, to_romaji};
use delist::request::validate::{company, email, international_phone, ip, name, phone, romanised};
use delist::request::{Answers, Cause, Fix, Prevention, ServerType, Validation};

mod romaji {
    use super::*;

    #[track_caller]
    fn r(kana: &str, expected: &str) {
        assert_eq!(to_romaji(kana).as_deref(), Ok(expected), "{kana}");
    }

    #[test]
    fn plain_names() {
        r("やまだ たろう", "Yamada Taro");
        r("すずき はなこ", "Suzuki Hanako");
        r("きむら たいち", "Kimura Taichi");
        r("ふじた", "Fujita");
        r("つつみ", "Tsutsumi");
        r("ちば", "Chiba");
    }

    #[test]
    fn long_vowels_are_shortened_passport_style() {
        r("さとう", "Sato");
        r("ゆうき", "Yuki");
        r("おおの", "Ono");
        r("とおる", "Toru");
        r("こうへい", "Kohei");
        r("しゅうへい", "Shuhei");
        r("りゅういち", "Ryuichi");
        // う that begins うえ is a syllable, not a long vowel.
        r("いのうえ", "Inoue");
        r("おおうえ", "Oue");
        // ii and ei are written out in passport style.
        r("いいだ", "Iida");
        r("えいじ", "Eiji");
        r("おかあさん", "Okaasan");
    }

    #[test]
    fn small_tsu_doubles_the_next_consonant() {
        r("はっとり", "Hattori");
        r("いっぺい", "Ippei");
        r("はっちょう", "Hatcho");
        r("べっしょ", "Bessho");
        r("きっかわ", "Kikkawa");
        // Nothing to double: dropped.
        r("あっ", "A");
    }

    #[test]
    fn n_before_b_m_p_is_m() {
        r("なんば", "Namba");
        r("ほんま", "Homma");
        r("さんぺい", "Sampei");
        r("けんた", "Kenta");
        r("じゅんいち", "Junichi");
        r("しんや", "Shinya");
        r("けん", "Ken");
    }

    #[test]
    fn youon_small_ya_yu_yo() {
        r("きょうこ", "Kyoko");
        r("しょうた", "Shota");
        r("ちゃこ", "Chako");
        r("じゅん", "Jun");
        r("りょう", "Ryo");
        r("ぎゅう", "Gyu");
        r("ひゃく", "Hyaku");
        r("みょうじん", "Myojin");
        r("にゃ", "Nya");
    }

    #[test]
    fn katakana_and_the_long_mark() {
        r("ヤマダ タロウ", "Yamada Taro");
        r("ジョージ", "Joji");
        r("スミス", "Sumisu");
        r("ヴィクトリア", "Vikutoria");
        r("ファン", "Fan");
        r("ティム", "Timu");
        r("ウィリアム", "Wiriamu");
        r("シェリー", "Sheri");
        r("チェン", "Chen");
        r("ディーン", "Din");
    }

    #[test]
    fn half_width_and_full_width_input() {
        r("ﾔﾏﾀﾞ ﾀﾛｳ", "Yamada Taro");
        r("ﾊﾟｸ", "Paku");
        r("ＹＡＭＡＤＡ　Ｔａｒｏ", "YAMADA Taro");
        r("Taro Yamada", "Taro Yamada");
    }

    #[test]
    fn kanji_is_refused() {
        assert_eq!(to_romaji("山田 太郎"), Err(RomajiError::Kanji));
        assert_eq!(to_romaji("やまだ 太郎"), Err(RomajiError::Kanji));
        assert_eq!(to_romaji("佐々木"), Err(RomajiError::Kanji));
        assert!(has_kana("やまだ"));
        assert!(has_kana("ﾔﾏﾀﾞ"));
        assert!(!has_kana("Yamada"));
    }
}

mod validation {
    use super::*;

    fn id(v: &Validation) -> &str {
        match v {
            Validation::Valid => "valid",
            Validation::Advice { id, .. } | Validation::Invalid { id, .. } => id,
        }
    }

    #[test]
    fn names() {
        assert_eq!(name("Taro Yamada"), Validation::Valid);
        assert_eq!(id(&name("")), "request-invalid-name-missing");
        assert_eq!(id(&name("山田 太郎")), "request-invalid-name-kanji");
        assert_eq!(id(&name("やまだ たろう")), "request-advice-name-converted");
        assert_eq!(id(&name("やまだたろう")), "request-advice-name-space");
        assert_eq!(romanised("やまだ たろう").as_deref(), Some("Yamada Taro"));
        assert_eq!(id(&name(&"a".repeat(101))), "request-invalid-too-long");
    }

    #[test]
    fn emails() {
        assert_eq!(email("taro@example.co.jp", None), Validation::Valid);
        assert_eq!(email("ｔａｒｏ＠example.co.jp", None), Validation::Valid);
        assert_eq!(id(&email("", None)), "request-invalid-email-missing");
        for bad in [
            "taro",
            "taro@",
            "@example.jp",
            "taro@example",
            "ta ro@example.jp",
            "a..b@x.jp",
        ] {
            assert_eq!(id(&email(bad, None)), "request-invalid-email", "{bad}");
        }
        assert_eq!(
            id(&email("taro@gmail.com", None)),
            "request-advice-email-free"
        );
        assert_eq!(
            id(&email(
                "taro@example.jp",
                Some(("Trend Micro", "トレンドマイクロ"))
            )),
            "request-advice-email-role"
        );
        assert_eq!(
            email(
                "postmaster@example.jp",
                Some(("Trend Micro", "トレンドマイクロ"))
            ),
            Validation::Valid
        );
        assert_eq!(
            email(
                "Abuse@example.jp",
                Some(("Trend Micro", "トレンドマイクロ"))
            ),
            Validation::Valid
        );
    }

    #[test]
    fn phones() {
        assert_eq!(phone("03-1234-5678", true), Validation::Valid);
        assert_eq!(phone("０３－１２３４－５６７８", true), Validation::Valid);
        assert_eq!(phone("", false), Validation::Valid);
        assert_eq!(id(&phone("", true)), "request-invalid-phone-missing");
        assert_eq!(id(&phone("call me", true)), "request-invalid-phone");
        assert_eq!(id(&phone("12", true)), "request-invalid-phone");
        assert_eq!(international_phone("03-1234-5678"), "+81 3-1234-5678");
        assert_eq!(international_phone("090 1234 5678"), "+81 90 1234 5678");
        assert_eq!(international_phone("+81 3 1234 5678"), "+81 3 1234 5678");
        assert_eq!(international_phone("0044 20 1234"), "0044 20 1234");
    }

    #[test]
    fn ips() {
        assert_eq!(ip("203.0.113.5"), Validation::Valid);
        assert_eq!(ip("[2001:db8::1]"), Validation::Valid);
        assert_eq!(id(&ip("192.168.1.10")), "request-advice-ip-private");
        assert_eq!(id(&ip("999.1.1.1")), "request-invalid-ip");
        assert_eq!(id(&ip("")), "request-invalid-ip-missing");
    }

    #[test]
    fn companies() {
        assert_eq!(company("Example Co., Ltd.", true), Validation::Valid);
        assert_eq!(company("", false), Validation::Valid);
        assert_eq!(id(&company("", true)), "request-invalid-company-missing");
        assert_eq!(
            id(&company("株式会社サンプル", true)),
            "request-invalid-company-kanji"
        );
    }
}

mod answers {
    use super::*;

    #[test]
    fn ids_round_trip_through_from_id_and_serde() {
        for c in Cause::ALL {
            assert_eq!(Cause::from_id(c.id()), Some(*c));
            assert_eq!(serde_json::to_string(c).unwrap(), format!("\"{}\"", c.id()));
        }
        for f in Fix::ALL {
            assert_eq!(Fix::from_id(f.id()), Some(*f));
        }
        for p in Prevention::ALL {
            assert_eq!(Prevention::from_id(p.id()), Some(*p));
        }
        assert_eq!(ServerType::from_id("m365"), Some(ServerType::M365));
        assert_eq!(Cause::from_id("nonsense"), None);
    }

    #[test]
    fn every_choice_has_a_label_in_both_languages() {
        let mut ids: Vec<String> = Vec::new();
        ids.extend(Cause::ALL.iter().map(|c| c.label_id()));
        ids.extend(Fix::ALL.iter().map(|c| c.label_id()));
        ids.extend(Prevention::ALL.iter().map(|c| c.label_id()));
        ids.extend(ServerType::ALL.iter().map(|c| c.label_id()));
        for lang in delist::i18n::Lang::ALL {
            for id in &ids {
                delist::i18n::format_checked(lang, id, None).unwrap_or_else(|e| panic!("{e}"));
            }
        }
    }

    #[test]
    fn the_documented_cause_ids_all_exist() {
        for id in [
            "shared-server",
            "stolen-password",
            "infected-pc",
            "hacked-website",
            "new-ip",
            "dynamic-ip",
            "no-ptr",
            "newsletter-complaints",
            "backscatter",
            "open-relay",
            "unknown",
        ] {
            assert!(Cause::from_id(id).is_some(), "{id}");
        }
    }

    #[test]
    fn answers_survive_a_save_and_resume() {
        let a = Answers {
            cause: Some(Cause::StolenPassword),
            fixes: vec![
                Fix::ChangedPasswords,
                Fix::EnabledMfa,
                Fix::ChangedPasswords,
            ],
            server: Some(ServerType::Shared),
            provider: Some("Xserver".into()),
            ..Answers::default()
        };
        let json = serde_json::to_string(&a).unwrap();
        assert!(json.contains("\"changed-passwords\""));
        let back: Answers = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a);
        assert_eq!(a.fixes(), vec![Fix::ChangedPasswords, Fix::EnabledMfa]);
        let empty: Answers = serde_json::from_str("{}").unwrap();
        assert_eq!(empty, Answers::default());
    }
}
