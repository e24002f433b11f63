//! Korean and Japanese words: titles, particles, family names, unnamed subjects.

/// Korean title words after a name (`이재명 대통령`).
pub const KOREAN_TITLES: &[&str] = &[
    "감독", "교수", "국무총리", "기자", "대변인", "대통령", "대표", "본부장", "부장", "부총리", "비서관", "사장",
    "선수", "수석", "시장", "실장", "씨", "연구원", "원내대표", "위원", "위원장", "의원", "이사장", "장관",
    "전 대통령", "지사", "차관", "청장", "총리", "총장", "최고경영자", "회장", "총재", "부총재", "행장", "은행장",
    "원장", "사무총장", "센터장", "소장", "팀장", "국장", "과장", "이사", "회장님", "배우", "가수", "코치", "박사",
    "변호사",
];

/// Japanese title words after a name (`高市早苗首相`).
pub const JAPANESE_TITLES: &[&str] = &[
    "さん", "会長", "外相", "大統領", "大臣", "官房長官", "市長", "幹事長", "教授", "氏", "知事", "社長", "総理",
    "総裁", "監督", "選手", "長官", "首相", "代表", "議員", "委員長", "記者", "主任研究員", "研究員", "主任", "部長",
    "課長", "局長", "所長", "院長", "理事長", "代表取締役", "准教授", "弁護士", "容疑者", "被告", "医師", "博士",
    "プロジェクトマネージャ", "プロジェクトマネージャー", "マネージャー", "米国務長官", "国務長官", "投手", "捕手",
    "外野手", "内野手", "主将", "コーチ", "アナリスト", "エコノミスト", "ストラテジスト", "チーフ", "報道官", "政務官",
    "副大臣", "事務次官", "議長", "副長官",
];

/// Korean family names: a three-syllable word starting with one is a person's name.
pub const KOREAN_SURNAMES: &str = "김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉";

/// Endings of Japanese subjects that are organisations or unnamed people.
pub const ORG_ENDINGS_JA: &[&str] = &[
    "台", "庁", "省", "局", "社", "会社", "道路", "協会", "銀行", "大学", "研究所", "政府", "市", "県", "町", "村",
    "党", "委員会", "チーム", "球団", "当局", "機構", "センター", "グループ",
];

/// Endings of Japanese subjects that are people the text does not name (`70代の女性は`).
pub const UNNAMED_ENDINGS_JA: &[&str] = &["女性", "男性", "住民", "人たち", "関係者", "担当者"];

/// Subjects that are someone unnamed: `정부 관계자는`, `政府関係者は`, `변호인단은`.
pub const ANONYMOUS: &[&str] = &[
    "관계자", "당국자", "소식통", "전문가", "전문의", "측", "변호인단", "関係者", "高官", "当局者", "関係筋", "担当者",
    "幹部",
];

/// Subjects that are an organisation speaking for itself: `검찰은`, `政府は`.
pub const CJK_ORG_SUBJECTS: &[&str] = &["정부", "경찰", "회사", "검찰", "법원", "대통령실", "당국", "政府", "当局"];

/// Particles marking the subject or topic.
pub const KOREAN_PARTICLES: &[&str] = &["은", "는", "이", "가"];

/// Trailing particles and endings stripped before a word is looked at.
pub const KOREAN_TAILS: &[&str] = &["은", "는", "이", "가", "와", "과", "의", "도", "에게", "에"];

/// Agencies a Japanese dateline may credit after `＝`.
pub const JAPANESE_AGENCIES: &[&str] = &["共同", "時事", "AFP時事", "ロイター", "AP", "AFP", "新華社", "聯合"];

/// Countries a Korean sentence may name as its subject (not a person).
pub const KOREAN_COUNTRIES: &[&str] =
    &["일본", "미국", "중국", "한국", "북한", "러시아", "영국", "프랑스", "독일", "베트남"];

/// Endings of a Korean organisation's name (`…부`, `…청`, `…은행`).
pub const KOREAN_ORG_ENDINGS: &[&str] =
    &["실", "부", "처", "청", "원", "회", "당", "사", "위", "국", "은행", "공사", "본부", "센터"];
