//! Word lists in the languages statements come in (en, fr, es, pt, it, de, pl, ru): words
//! that make a name a party's, roles, party organs, lead-ins to signatory lists, months.
//! All entries are folded (lowercase, no accents); prefixes match inflected forms.

use crate::text::fold::words;

/// Word prefixes that mark an organisation's name: party, movement, union, front...
const ORG_PREFIXES: &[&str] = &[
    "part",
    "партия",
    "партии",
    "партий",
    "партиj",
    "movement",
    "movimient",
    "mouvement",
    "moviment",
    "bewegung",
    "ruch",
    "движени",
    "union",
    "unione",
    "uniao",
    "bund",
    "zwiaz",
    "союз",
    "front",
    "frente",
    "fronte",
    "фронт",
    "league",
    "liga",
    "ligue",
    "лига",
    "organi",
    "организаци",
    "tribune",
    "tribuna",
    "pole",
    "polo",
    "alliance",
    "alianza",
    "allianz",
    "alleanza",
    "alianca",
    "federation",
    "federacion",
    "federazione",
    "coalition",
    "coalicion",
    "congress",
    "congreso",
    "forum",
    "foro",
    "bloc",
    "bloque",
    "blocco",
    "blok",
    "блок",
    "association",
    "asociacion",
    "associazione",
    "associacao",
    "vereinigung",
    "stowarzyszen",
    "youth",
    "juventud",
    "jeunesse",
    "gioventu",
    "juventude",
    "jugend",
    "mlodziez",
    "молодеж",
    "rifondazione",
    "resistance",
    "resistencia",
    "resistenza",
    "sozialist",
    "socialist",
    "socjalist",
    "социалист",
    "communis",
    "comunis",
    "kommunis",
    "komunis",
    "коммунис",
    "marxist",
    "marksist",
    "марксист",
    "leninist",
    "ленинск",
    "workers",
    "trabajador",
    "travailleur",
    "lavorator",
    "arbeiter",
    "robotnic",
    "рабоч",
    "trabalhador",
    "ouvrier",
    "labour",
    "labor",
    "revival",
    "renaissance",
    "tudeh",
    "akel",
    "kke",
    "dkp",
    "cpusa",
];

/// Generic abbreviations statements use for party types.
const PARTY_ABBREVIATIONS: &[&str] = &["cp", "wp", "ncp", "ucp", "kp", "pc", "pcp", "kpd"];

/// Word prefixes of a party's organs, which are not parties.
const ORGAN_PHRASES: &[&str] = &[
    "central committee",
    "bureau ",
    "buro ",
    "biuro ",
    "бюро ",
    "commission politique",
    "commission executive",
    "conseil national",
    "direction nationale",
    "comite executif",
    "segreteria nazionale",
    "comitato politico",
    "direzione nazionale",
    "komitet wykonawczy",
    "президиум",
    "comissao executiva",
    "comite central",
    "comitato centrale",
    "zentralkomitee",
    "komitet centralny",
    "komitetu centralnego",
    "центральн",
    "political bureau",
    "politburo",
    "politbureau",
    "buro politico",
    "bureau politique",
    "ufficio politico",
    "biuro polityczne",
    "biura politycznego",
    "политбюро",
    "political committee",
    "executive committee",
    "comite ejecutivo",
    "comite executif",
    "comissao politica",
    "comision politica",
    "commissione politica",
    "secretariat",
    "secretaria",
    "secretariado",
    "segreteria",
    "sekretariat",
    "секретариат",
    "presidium",
    "президиум",
    "parteivorstand",
    "vorstand",
    "national committee",
    "national council",
    "national executive",
    "international department",
    "international relations",
    "comite nacional",
    "direzione nazionale",
    "comite ejecutivo nacional",
    "cc of",
    "ck ",
];

/// Words that qualify a role besides its head noun ("First Secretary of the Central
/// Committee", "член Политбюро ЦК").
const ROLE_QUALIFIERS: &[&str] = &[
    "acting",
    "honorary",
    "porte",
    "first",
    "general",
    "executive",
    "international",
    "department",
    "central",
    "committee",
    "political",
    "bureau",
    "politburo",
    "national",
    "party",
    "cc",
    "ce",
    "comite",
    "comitato",
    "comision",
    "comissao",
    "ejecutivo",
    "nacional",
    "buro",
    "politico",
    "politique",
    "zentralkomitee",
    "parteivorstand",
    "vorstand",
    "первый",
    "генеральный",
    "цк",
    "comrade",
    "the",
    "of",
    "and",
];

/// Phrases that introduce a list of signatories.
const LEAD_INS: &[&str] = &[
    "joined later",
    "joining later",
    "se sumaron",
    "se adhirieron",
    "adhieren",
    "ont rejoint",
    "se sont joints",
    "aderiram",
    "hanno aderito",
    "aderiscono",
    "schlossen sich",
    "dolaczyly",
    "присоединились",
    "sign this",
    "that sign",
    "who sign",
    "signed by",
    "signatories",
    "signatory",
    "signing parties",
    "following parties",
    "parties signing",
    "parties that signed",
    "co signed",
    "cosigned",
    "also signed",
    "joined by",
    "endorsed by",
    "initial signatories",
    "first signatories",
    "signataires",
    "signe par",
    "signee par",
    "signent",
    "partis suivants",
    "firman",
    "firmantes",
    "firmado por",
    "firmada por",
    "suscriben",
    "suscrita por",
    "partidos firmantes",
    "assinam",
    "assinantes",
    "assinado por",
    "assinada por",
    "subscrevem",
    "subscritores",
    "firmatari",
    "firmano",
    "firmato da",
    "firmata da",
    "sottoscrivono",
    "hanno firmato",
    "unterzeichner",
    "unterzeichnet",
    "unterzeichnenden",
    "unterzeichnende",
    "unterschrieben",
    "podpisali",
    "podpisane przez",
    "podpisana przez",
    "sygnatariusze",
    "podpisaly",
    "подписали",
    "подписавшие",
    "подписано",
    "подписавших",
];

/// Participles that introduce a list only right before a colon ("Brussels, 5 May 2019 —
/// signed by:" is covered above; "La Habana, 1 de enero de 2019 — Firmado:").
const SIGNED_COLON: &[&str] = &[
    "signed",
    "signe",
    "signee",
    "firmado",
    "firmada",
    "firmaron",
    "assinado",
    "assinaram",
    "firmato",
    "podpisano",
];

/// "On behalf of" openers (folded), followed by the organisation.
pub const ON_BEHALF: &[&str] = &[
    "on behalf of",
    "for and on behalf of",
    "au nom du",
    "au nom de la",
    "au nom des",
    "au nom de",
    "en nombre del",
    "en nombre de la",
    "en nombre de",
    "em nome do",
    "em nome da",
    "em nome de",
    "a nome del",
    "a nome della",
    "a nome di",
    "per il",
    "per la",
    "im namen der",
    "im namen des",
    "fur die",
    "fur den",
    "w imieniu",
    "от имени",
    "for the",
    "pour le",
    "pour la",
    "por el",
    "por la",
    "pelo",
    "pela",
];

/// Whether a folded word or phrase is an organisation word (party, movement...).
fn is_org_word(word: &str) -> bool {
    ORG_PREFIXES.iter().any(|p| word.starts_with(p)) || PARTY_ABBREVIATIONS.contains(&word)
}

/// Whether `text` reads like the name of a party or similar organisation.
pub fn looks_like_party(text: &str) -> bool {
    if is_column_heading(text) {
        return false;
    }
    let ws = words(text);
    if ws.iter().any(|w| is_org_word(w)) {
        return true;
    }
    // An acronym in capitals (KKE, AKEL, PCdoB) is a strong sign too, unless the whole
    // text is in capitals (a headline).
    let tokens: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|t| !t.is_empty())
        .collect();
    let shouting = tokens.len() > 1 && !text.chars().any(char::is_lowercase);
    !shouting
        && tokens.iter().any(|t| {
            let n = t.chars().count();
            // Two capitals in one part: "PST-POP" is an acronym, "Jean-Luc" a name.
            (2..=8).contains(&n)
                && t.split('-')
                    .any(|part| part.chars().filter(|c| c.is_uppercase()).count() >= 2)
        })
}

/// Whether folded text begins with a party organ ("Central Committee of ...").
fn starts_with_organ(folded: &str) -> bool {
    ORGAN_PHRASES.iter().any(|p| folded.starts_with(p))
}

/// Stems of the nouns that name a party's organs ("Committee", "Bureau", "Segreteria").
const ORGAN_STEMS: &[&str] = &[
    "committe",
    "comit",
    "komitee",
    "komitet",
    "комитет",
    "bureau",
    "buro",
    "biur",
    "бюро",
    "secretaria",
    "secretariat",
    "segreteri",
    "sekretariat",
    "секретариат",
    "presidium",
    "президиум",
    "council",
    "conseil",
    "consej",
    "conselh",
    "consigli",
    "vorstand",
    "executiv",
    "ejecutiv",
    "esecutiv",
    "department",
    "departament",
    "departement",
    "commission",
    "comision",
    "comiss",
    "direction",
    "direccion",
    "direcao",
    "direzione",
    "leadership",
    "politb",
    "политбюро",
    "цк",
];

/// Links after which an organ's name goes on to its party ("Committee of the", "del").
const ORGAN_LINKS: &[&str] = &[
    " of ", " del ", " de ", " des ", " du ", " da ", " do ", " della ", " dei ", " der ", " des ",
];

/// Whether folded text names a party organ rather than a party: it begins with a known
/// organ phrase, or the words before its first "of" link hold an organ noun ("Federal
/// Executive Committee of the ...", "Comitato politico nazionale del ...").
pub fn names_an_organ(folded: &str) -> bool {
    if starts_with_organ(folded) {
        return true;
    }
    let head_end = ORGAN_LINKS
        .iter()
        .filter_map(|l| folded.find(l))
        .min()
        .unwrap_or(folded.len());
    folded[..head_end]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| ORGAN_STEMS.iter().any(|stem| w.starts_with(stem)))
}

/// Whether a folded word is a role head or a role qualifier.
fn is_role_vocabulary(folded: &str) -> bool {
    ROLE_HEADS.contains(&folded) || ROLE_QUALIFIERS.contains(&folded)
}

/// Whether a word (any case) is a role word rather than part of a person's name.
pub fn is_role_word(word: &str) -> bool {
    let f = crate::text::fold::fold(word);
    let f = f.trim_matches(|c: char| !c.is_alphanumeric());
    is_role_vocabulary(f) || is_org_word(f) || starts_with_organ(f)
}

/// Nouns that head a role ("Secretary", "miembro", "Vorsitzender"), in the languages read.
const ROLE_HEADS: &[&str] = &[
    "organiser",
    "organizer",
    "organisateur",
    "organizador",
    "organizzatore",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "president",
    "presidente",
    "presidenta",
    "vicepresidente",
    "vorsitzender",
    "vorsitzende",
    "przewodniczacy",
    "председатель",
    "secretary",
    "secretario",
    "secretaria",
    "secretaire",
    "secretario",
    "segretario",
    "segretaria",
    "sekretar",
    "sekretarin",
    "sekretarz",
    "секретарь",
    "member",
    "members",
    "miembro",
    "membre",
    "membro",
    "mitglied",
    "czlonek",
    "член",
    "leader",
    "head",
    "responsible",
    "responsable",
    "responsabile",
    "responsavel",
    "representative",
    "representant",
    "representante",
    "rappresentante",
    "vertreter",
    "vertreterin",
    "przedstawiciel",
    "представитель",
    "deputy",
    "vice",
    "spokesperson",
    "spokesman",
    "portavoz",
    "portavoce",
    "sprecher",
    "sprecherin",
    "rzecznik",
    "coordinator",
    "coordinador",
    "coordinateur",
    "coordenador",
    "coordinatore",
    "koordinator",
    "director",
    "directeur",
    "direttore",
    "dirigente",
    "leiter",
    "leiterin",
    "kierownik",
    "руководитель",
    "encargado",
    "incaricato",
    "mp",
    "deputado",
    "diputado",
    "depute",
    "deputato",
    "abgeordneter",
    "posel",
    "депутат",
];

/// Whether a word (any case; hyphenated parts count) heads a role. A compound that ends
/// in a long role noun counts too ("Generalsekretär", "Bundesvorsitzender").
pub fn is_role_head(word: &str) -> bool {
    let f = crate::text::fold::fold(word);
    f.split(|c: char| !c.is_alphanumeric()).any(|part| {
        ROLE_HEADS.contains(&part)
            || ROLE_HEADS
                .iter()
                .any(|h| h.chars().count() >= 7 && part.len() > h.len() + 2 && part.ends_with(h))
    })
}

/// Page furniture that introduces links, not signatories ("Read also:", "Lea también:").
const NAVIGATION: &[&str] = &[
    "read also",
    "see also",
    "related",
    "read more",
    "more on",
    "lea tambien",
    "vea tambien",
    "lire aussi",
    "voir aussi",
    "leia tambem",
    "veja tambem",
    "leggi anche",
    "vedi anche",
    "lesen sie auch",
    "siehe auch",
    "czytaj takze",
    "zobacz takze",
    "читайте также",
    "смотрите также",
    "tag",
    "etiquetas",
    "schlagworte",
    "теги",
    "метки",
    "share",
    "partager",
    "compartir",
    "compartilhar",
    "condividi",
    "teilen",
    "udostepnij",
    "поделиться",
    "copyright",
];

/// Whether a line is page furniture: a "Read also:" heading, a copyright line.
pub fn is_navigation(text: &str) -> bool {
    let t = text.trim();
    let k = words(t).join(" ");
    t.starts_with('©') || NAVIGATION.iter().any(|n| k.starts_with(n))
}

/// Short words that stand lowercase inside names and titles, in the languages read.
const FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "in", "for", "on", "at", "to", "a", "an", "de", "del", "la", "las", "los", "el", "y",
    "e", "en", "du", "des", "le", "les", "l", "et", "da", "do", "dos", "das", "della", "dello", "dei",
    "degli", "di", "il", "lo", "gli", "i", "der", "die", "das", "den", "dem", "und", "im", "w", "z", "oraz",
    "и", "в", "по", "за", "na", "no", "al", "au", "aux", "per", "pour", "para", "por", "fur", "von", "zu",
    "o", "os", "as", "con", "com", "mit", "with",
];

/// Nouns that open a headline about a document rather than a name.
const DOCUMENT_WORDS: &[&str] = &[
    "joint",
    "gemeinsame",
    "wspolne",
    "совместное",
    "statement",
    "declaration",
    "message",
    "solidarity",
    "appeal",
    "resolution",
    "interview",
    "declaracion",
    "mensaje",
    "solidaridad",
    "llamamiento",
    "entrevista",
    "declaration",
    "communique",
    "appel",
    "entretien",
    "declaracao",
    "mensagem",
    "solidariedade",
    "nota",
    "dichiarazione",
    "messaggio",
    "comunicato",
    "intervista",
    "erklarung",
    "botschaft",
    "aufruf",
    "interview",
    "oswiadczenie",
    "deklaracja",
    "apel",
    "wywiad",
    "заявление",
    "обращение",
    "послание",
    "интервью",
];

/// Whether a folded word is a noun for a document ("statement", "déclaration", "joint").
pub fn is_document_word(word: &str) -> bool {
    DOCUMENT_WORDS.contains(&word)
}

/// Prefixes of the nouns and adjectives that party names are made of besides party words
/// ("Parti algérien pour la démocratie et le socialisme", "Partido do Povo").
const NAME_WORDS: &[&str] = &[
    "democra",
    "demokra",
    "демократ",
    "social",
    "sozial",
    "socjal",
    "социал",
    "peupl",
    "pueblo",
    "popol",
    "povo",
    "volk",
    "lud",
    "народ",
    "people",
    "popul",
    "liber",
    "libér",
    "progres",
    "progrès",
    "renov",
    "renouv",
    "indep",
    "indép",
    "libert",
    "revol",
    "rivol",
    "rewol",
    "револ",
    "travail",
    "trabaj",
    "trabalh",
    "lavor",
    "arbeit",
    "pracy",
    "труд",
    "paix",
    "paz",
    "pace",
    "frieden",
    "pokoj",
    "rassembl",
    "alliance",
    "allianz",
    "unid",
    "unit",
    "uni",
    "patri",
    "nation",
    "nacion",
    "nazion",
    "national",
    "narod",
    "национ",
    "left",
    "gauche",
    "izquierda",
    "esquerda",
    "sinistra",
    "linke",
    "lewic",
    "лев",
    "green",
    "vert",
    "verde",
    "grün",
    "ziel",
    "зел",
    "farmer",
    "paysan",
    "campesin",
    "campones",
    "contadin",
    "bauer",
    "chlop",
    "крестьян",
    "youth",
    "jeune",
    "juvent",
    "giovan",
    "jugend",
    "mlodz",
    "молод",
    "renewal",
    "revival",
    "renaissance",
    "resist",
    "résist",
    "struggle",
    "lutte",
    "lucha",
    "luta",
    "lotta",
    "kampf",
    "walk",
    "борьб",
];

/// Whether a list line reads as a headline ("KKE: The people must not pay", "Le PCF
/// appelle à manifester") rather than a signatory: it opens with a document noun, or a
/// party is followed by a colon and a sentence, or it holds lowercase words that are none
/// of function, party, role, name-making words or country adjectives (three, or two with
/// a colon or exclamation mark).
pub fn is_headline(text: &str) -> bool {
    let t = text.trim();
    let ws = words(t);
    if ws.first().is_some_and(|w| DOCUMENT_WORDS.contains(&w.as_str())) && ws.len() > 3 {
        return true;
    }
    let g = crate::reference::countries::Gazetteer::bundled();
    if let Some((left, right)) = t.split_once(':') {
        let said =
            right.split_whitespace().count() >= 3 && !looks_like_party(right) && g.lookup(right).is_none();
        if looks_like_party(left) && said && !opens_with_person(right) {
            return true;
        }
        // "Party : Name Surname, role" is a signatory with its representative.
        if looks_like_party(left) && opens_with_person(right) {
            return false;
        }
    }
    let content = t
        .split(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '’' | '-'))
        .filter(|tok| tok.chars().next().is_some_and(char::is_lowercase))
        .map(|tok| {
            let f = crate::text::fold::fold(tok);
            // Elided articles and prepositions: d'Espagne, l'Italia, dell'Europa.
            match f.rsplit_once(['\'', '’']) {
                Some((_, rest)) => rest.to_owned(),
                None => f,
            }
        })
        .filter(|w| {
            w.chars().count() > 2
                && !FUNCTION_WORDS.contains(&w.as_str())
                && !is_org_word(w)
                && !is_role_vocabulary(w)
                && !NAME_WORDS.iter().any(|p| w.starts_with(p))
                && g.lookup(w).is_none()
        })
        .count();
    content >= 3 || (content >= 2 && t.contains([':', '!', '?']))
}

/// Whether text opens with a person's name and a comma ("Jean-Luc Marchand, secrétaire",
/// "И.В. Соколов, секретарь"): two to four capitalised words (initials allowed), none an
/// organisation or role word.
pub fn opens_with_person(text: &str) -> bool {
    let Some((head, _)) = text.trim().split_once(',') else {
        return false;
    };
    let tokens: Vec<&str> = head.split_whitespace().collect();
    (1..=4).contains(&tokens.len())
        && tokens
            .iter()
            .all(|t| t.chars().next().is_some_and(char::is_uppercase))
        && (tokens.len() >= 2 || tokens[0].contains('.'))
        && !tokens
            .iter()
            .any(|t| is_role_word(t) || crate::text::fold::fold(t).len() <= 1)
        && !looks_like_party(head)
}

/// Words of a table's column headings ("Country | Party").
const COLUMN_HEADINGS: &[&str] = &[
    "country",
    "party",
    "name",
    "organisation",
    "organization",
    "signatory",
    "pays",
    "parti",
    "nom",
    "pais",
    "partido",
    "nombre",
    "partito",
    "paese",
    "nome",
    "land",
    "partei",
    "kraj",
    "partia",
    "nazwa",
    "страна",
    "партия",
    "название",
    "no",
    "nr",
    "lp",
    "n",
    "representative",
    "representant",
    "representante",
    "rappresentante",
    "vertreter",
    "przedstawiciel",
    "представитель",
];

/// Whether a line is only column headings ("Party — Country", "**Country** **Party**").
pub fn is_column_heading(text: &str) -> bool {
    let ws = words(text);
    !ws.is_empty() && ws.iter().all(|w| COLUMN_HEADINGS.contains(&w.as_str()))
}

/// Whether a line introduces a list of signatories.
pub fn is_lead_in(text: &str) -> bool {
    let ws = words(text);
    let k = format!(" {} ", ws.join(" "));
    LEAD_INS.iter().any(|p| k.contains(&format!(" {p}")))
        || (text.trim_end().ends_with(':') && ws.last().is_some_and(|w| SIGNED_COLON.contains(&w.as_str())))
}

/// Lowercase words that join the parts of a person's name.
pub const NAME_PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "la", "le", "al", "el",
    "bin", "ibn", "y", "e", "ter", "du", "zu",
];

/// Prepositions that link a role to the organisation it belongs to ("of the", "del").
pub const OF_LINKS: &[&str] = &[
    "of the", "of", "del", "de la", "de los", "de las", "de", "du", "des", "de l", "da", "do", "della",
    "dello", "dei", "degli", "di", "der", "des", "im", "in the", "in",
];

/// Words that may stand at the start of a person's role line and are dropped ("The").
pub const ARTICLES: &[&str] = &["the", "la", "le", "el", "il", "der", "die", "das", "o", "a"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn party_names_are_recognised_in_many_languages() {
        for name in [
            "Communist Party of Greece",
            "Partido Comunista de Venezuela",
            "Kommunistische Partei Griechenlands",
            "Komunistyczna Partia Polski",
            "Коммунистическая партия Украины",
            "AKEL",
            "Movement Popular Resistance",
            "Democratic Progressive Tribune",
            "CP of Britain",
        ] {
            assert!(looks_like_party(name), "{name}");
        }
        for not in ["Moscow", "Dear comrades and friends!", "august 18"] {
            assert!(!looks_like_party(not), "{not}");
        }
    }

    #[test]
    fn headlines_are_not_names() {
        for h in [
            "KKE: The people must not pay for the new NATO plans",
            "Cuba: il Partito Comunista di Cuba aggiorna lo statuto",
            "Le PCF appelle à manifester pour la paix le 26 août",
            "Statement of the Tudeh Party of Iran on the sanctions",
            "Communist Party of the Russian Federation: Lenin is with us",
            "El Partido Comunista de Honduras denuncia fraude electoral",
        ] {
            assert!(is_headline(h), "{h}");
        }
        for n in [
            "Parti communiste français",
            "Partido Comunista de los Trabajadores de España",
            "Коммунистическая партия Российской Федерации",
            "Węgierska Partia Robotnicza",
            "Movement “Popular Resistance”",
            "Communist Party of Bohemia and Moravia",
            "Parti algérien pour la démocratie et le socialisme (PADS)",
            "Parti communiste des peuples d'Espagne",
            "Parti communiste sud-africain",
        ] {
            assert!(!is_headline(n), "{n}");
        }
    }

    #[test]
    fn lead_ins_are_recognised() {
        assert!(is_lead_in(
            "The communist and workers’ parties that sign this Joint Statement:"
        ));
        assert!(is_lead_in("Premiers signataires"));
        assert!(is_lead_in("Подписали:"));
        assert!(is_lead_in("Unterzeichner:"));
        assert!(!is_lead_in("Dear comrades"));
    }
}
