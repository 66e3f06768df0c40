"""Synthetic data of the programs demo: name parts of the 48 applicant startups, their fields,
and the eight reviewers (two of them the demo users of the directory)."""

PREFIXES = [
    ("온코", "Onco"),
    ("이뮨", "Immune"),
    ("헤마", "Hema"),
    ("셀", "Cell"),
    ("진", "Gene"),
    ("펩", "Pep"),
    ("엑소", "Exo"),
    ("큐어", "Cure"),
]
SUFFIXES = [
    ("젠", "gen"),
    ("테라퓨틱스", " Therapeutics"),
    ("랩스", " Labs"),
    ("사이언스", " Science"),
    ("파마", " Pharma"),
    ("바이오", " Bio"),
]
AREAS = [
    "solid_tumors",
    "hematologic_cancers",
    "immuno_oncology",
    "hemophilia",
    "anemia",
    "autoimmune_diseases",
    "atopic_dermatitis",
    "oncology",
    "hematology",
    "immunology",
]
MODALITIES = [
    "antibody",
    "adc",
    "car_t",
    "small_molecule",
    "cell_therapy",
    "mrna",
    "bispecific_antibody",
    "cancer_vaccine",
    "targeted_protein_degradation",
    "nk_cell_therapy",
    "peptide",
    "gene_therapy",
]
NEEDS = [
    "licensing_partner",
    "investment",
    "co_development",
    "clinical_partner",
    "global_expansion",
    "mentor",
]
REVIEWERS = [  # email, name, expertise, language
    ("reviewer@biobridge.demo", "Dr. Grace Lee", ["oncology", "antibody", "adc"], "en"),
    ("mentor@bms.demo", "Daniel Kim (BMS Open Innovation)", ["oncology", "hematology", "immunology"], "en"),
    (
        "reviewer1@biobridge.demo",
        "박지현 (종양내과 전문의, 데모)",
        ["oncology", "immuno_oncology", "car_t"],
        "ko",
    ),
    (
        "reviewer2@biobridge.demo",
        "최동훈 (혈액학 교수, 데모)",
        ["hematology", "hematologic_cancers", "cell_therapy"],
        "ko",
    ),
    (
        "reviewer3@biobridge.demo",
        "김소연 (면역학 연구자, 데모)",
        ["immunology", "autoimmune_diseases", "antibody"],
        "ko",
    ),
    (
        "reviewer4@biobridge.demo",
        "이정민 (바이오 VC 심사역, 데모)",
        ["investment", "oncology", "small_molecule"],
        "ko",
    ),
    (
        "reviewer5@biobridge.demo",
        "Dr. Alex Park (regulatory, demo)",
        ["regulatory_affairs", "hematology", "mrna"],
        "en",
    ),
    (
        "reviewer6@biobridge.demo",
        "정유나 (기술사업화 전문가, 데모)",
        ["technology_transfer", "immunology", "peptide"],
        "ko",
    ),
]
BMS_MENTOR_2 = (
    "mentor2@bms.demo",
    "한지민 (BMS 임상개발, 데모)",
    ["hematology", "immunology", "clinical_partner"],
)
