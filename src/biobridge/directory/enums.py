from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class OrganizationType(models.TextChoices):
    STARTUP = "startup", _("Startup")
    SME = "sme", _("SME")
    LARGE_COMPANY = "large_company", _("Large company")
    BIG_PHARMA = "big_pharma", _("Big pharma")
    CDMO = "cdmo", _("CDMO / CMO")
    SUPPLIER = "supplier", _("Supplier")
    INVESTOR = "investor", _("Investor")
    UNIVERSITY = "university", _("University")
    RESEARCH_INSTITUTE = "research_institute", _("Research institute")
    HOSPITAL = "hospital", _("Hospital")
    GOVERNMENT = "government", _("Government")
    PUBLIC_AGENCY = "public_agency", _("Public agency")
    ASSOCIATION = "association", _("Association")
    CLUSTER = "cluster", _("Cluster / hub")
    DEMONSTRATION_CENTRE = "demonstration_centre", _("Demonstration centre")
    COMPANY = "company", pgettext_lazy("organisation type", "Company (unspecified)")


class OrganizationSize(models.TextChoices):
    MICRO = "micro", _("1–9 people")
    SMALL = "small", _("10–49 people")
    MEDIUM = "medium", _("50–299 people")
    LARGE = "large", _("300–999 people")
    ENTERPRISE = "enterprise", _("1,000+ people")


class OrganizationStatus(models.TextChoices):
    VERIFIED = "verified", _("Verified")
    UNVERIFIED = "unverified", _("Unverified (from the news)")
    REJECTED = "rejected", _("Rejected")


class Region(models.TextChoices):
    SEOUL = "seoul", _("Seoul")
    INCHEON = "incheon", _("Incheon")
    GYEONGGI = "gyeonggi", _("Gyeonggi")
    GANGWON = "gangwon", _("Gangwon")
    CHUNGBUK = "chungbuk", _("Chungbuk")
    CHUNGNAM = "chungnam", _("Chungnam")
    DAEJEON = "daejeon", _("Daejeon")
    SEJONG = "sejong", _("Sejong")
    JEONBUK = "jeonbuk", _("Jeonbuk")
    JEONNAM = "jeonnam", _("Jeonnam")
    GWANGJU = "gwangju", _("Gwangju")
    GYEONGBUK = "gyeongbuk", _("Gyeongbuk")
    GYEONGNAM = "gyeongnam", _("Gyeongnam")
    DAEGU = "daegu", _("Daegu")
    ULSAN = "ulsan", _("Ulsan")
    BUSAN = "busan", _("Busan")
    JEJU = "jeju", _("Jeju")
    OVERSEAS = "overseas", _("Outside Korea")


class TagSide(models.TextChoices):
    OFFERING = "offering", _("Offering")
    SEEKING = "seeking", _("Seeking")


class AgreementKind(models.TextChoices):
    MOU = "mou", _("MOU")
    CONSORTIUM = "consortium", _("Consortium")
    LOI = "loi", _("Letter of intent")
    CONTRACT = "contract", _("Contract")


class NameKind(models.TextChoices):
    KOREAN = "ko", _("Korean name")
    ENGLISH = "en", _("English name")
    ALIAS = "alias", _("Alias")


class DatePrecision(models.TextChoices):
    """How much of an agreement's date the source states (a month-only date is stored as day 1)."""

    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")
