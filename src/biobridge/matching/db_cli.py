"""`biobridge match ORG [--top 10] [--lang ko|en]`: recommendations for a directory organisation."""

from __future__ import annotations

from biobridge.common.cliargs import CliError, Parser


def main(argv: list[str]) -> int:
    parser = Parser(prog="biobridge match", description="Recommend partners for an organisation.")
    parser.add_argument("org", help="organisation id or any of its names/aliases")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--lang", choices=("ko", "en"), default="en")
    args = parser.parse_args(argv)
    if not 1 <= args.top <= 100:
        raise CliError("biobridge match: --top must be between 1 and 100")
    from biobridge.cli import setup_django

    setup_django()
    from biobridge.config.checks import ensure_database

    ensure_database()
    org = _find(args.org)
    from biobridge.matching.services import recommend_partners

    print(f"{org.name_ko or org.name_en} / {org.name_en or org.name_ko}")
    for rank, rec in enumerate(recommend_partners(org, top=args.top, lang=args.lang), start=1):
        name = rec.organization.name_en if args.lang == "en" else rec.organization.name_ko
        flag = " *" if rec.mutual else ""
        print(f"{rank:2d}. {name or rec.organization.display_name}  {rec.score:.2f}{flag}")
        for reason in rec.reasons:
            print(f"      - {reason}")
    return 0


def _find(query: str):
    from biobridge.directory.models import Organization
    from biobridge.directory.selectors import find_organization

    org = Organization.objects.filter(pk=int(query)).first() if query.isdigit() else find_organization(query)
    if org is None:
        # Not an exact name: accept a name that contains the query when exactly one does.
        from biobridge.directory.selectors import search_organizations

        named = [o for o in search_organizations(q=query)[:2] if getattr(o, "name_hit", False)]
        org = named[0] if len(named) == 1 else None
    if org is None:
        raise CliError(f"biobridge match: no organisation named or numbered {query!r}")
    return org
