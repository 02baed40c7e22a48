"""Bulk import: parsing, every kind of problem (row and column named, in both languages),
all-or-nothing writes, and a database failure rolling the whole file back."""

from __future__ import annotations

import io

import openpyxl
import pytest
from django.utils import translation

from tests.factories import OrganizationFactory, RepresentativeFactory, UserFactory
from tradebridge.accounts.models import User
from tradebridge.directory.importing import (
    MAX_ROWS,
    ImportRejected,
    Problem,
    import_batch_confirm,
    import_batch_create,
    parse_file,
    plan_execute,
    plan_import,
)
from tradebridge.directory.models import ImportBatch, Organization, Representative
from tradebridge.errors import NotAllowed

HEADER = (
    "slug,name_en,name_zh,side,region,sectors,offers,seeks,contact_email,"
    "representative_email,representative_name,representative_title"
)


def csv_bytes(*lines: str, header: str = HEADER, encoding: str = "utf-8") -> bytes:
    return ("\n".join([header, *lines]) + "\n").encode(encoding)


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def plan_for(content: bytes, filename: str = "orgs.csv"):
    return plan_import(parse_file(filename=filename, content=content))


def messages(problems: list[Problem], language: str = "en") -> list[str]:
    with translation.override(language):
        return [p.message for p in problems]


def file_problems(content: bytes, filename: str = "orgs.csv") -> list[str]:
    with pytest.raises(ImportRejected) as caught:
        parse_file(filename=filename, content=content)
    return messages(caught.value.problems)


GOOD = (
    "acme-cn,Acme Energy,艾克美能源,CN,CN-GD,energy; 节能,Supply of products；技术转让,"
    "distribution,info@acme.cn,li@acme.cn,李雷,总经理"
)


# --- Parsing --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_parse_csv_utf8_with_bom_keeps_spreadsheet_row_numbers():
    content = b"\xef\xbb\xbf" + csv_bytes(GOOD, ",,,,,,,,,,,", GOOD.replace("acme-cn", "b"))
    parsed = parse_file(filename="a.csv", content=content)
    assert [n for n, _ in parsed.rows] == [2, 4]
    assert parsed.rows[0][1]["name_zh"] == "艾克美能源"
    assert parsed.headers["slug"] == "slug"


@pytest.mark.django_db
def test_parse_csv_in_gbk_as_chinese_excel_saves_it():
    parsed = parse_file(filename="a.csv", content=csv_bytes(GOOD, encoding="gb18030"))
    assert parsed.rows[0][1]["representative_name"] == "李雷"


@pytest.mark.django_db
def test_parse_semicolon_separated_csv():
    content = b"name_en;side;sectors\nAcme;CN;energy\n"
    parsed = parse_file(filename="a.csv", content=content)
    assert parsed.rows == [(2, {"name_en": "Acme", "side": "CN", "sectors": "energy"})]


@pytest.mark.django_db
def test_parse_bilingual_headers():
    content = "名称（中文）,Name (English),所属方,行业,Notes\n艾克美,Acme,CN,能源,x\n".encode()
    parsed = parse_file(filename="a.csv", content=content)
    assert parsed.rows[0][1] == {
        "name_zh": "艾克美",
        "name_en": "Acme",
        "side": "CN",
        "sectors": "能源",
    }
    assert parsed.ignored == ["Notes"]


@pytest.mark.django_db
def test_parse_xlsx_numbers_and_header_not_on_first_row():
    content = xlsx_bytes([[], ["name_en", "side", "contact_phone"], ["Acme", "US", 4155550100]])
    parsed = parse_file(filename="a.xlsx", content=content)
    assert parsed.rows == [(3, {"name_en": "Acme", "side": "US", "contact_phone": "4155550100"})]


@pytest.mark.django_db
def test_file_not_a_spreadsheet():
    assert file_problems(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "logo.png") == [
        "The file is not a spreadsheet: upload an .xlsx or .csv file."
    ]


@pytest.mark.django_db
def test_file_corrupt_xlsx():
    assert file_problems(b"PK\x03\x04garbage", "a.xlsx") == [
        "The file is not a spreadsheet: upload an .xlsx or .csv file."
    ]


@pytest.mark.django_db
def test_file_old_excel_format():
    assert file_problems(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a.xls") == [
        "Old Excel files (.xls) are not supported: save the file as .xlsx."
    ]


@pytest.mark.django_db
def test_file_empty():
    assert file_problems(b"", "a.csv") == ["The file has no rows to import."]
    assert file_problems(csv_bytes(), "a.csv") == ["The file has no rows to import."]


@pytest.mark.django_db
def test_file_missing_required_columns():
    assert file_problems(b"side,region\nCN,CN-GD\n") == [
        "The file has none of the columns that name an organization: slug, name_en, name_zh."
    ]


@pytest.mark.django_db
def test_file_duplicate_column():
    assert file_problems(b"name_en,Name (English)\na,b\n") == [
        "The column Name (English) appears twice."
    ]


@pytest.mark.django_db
def test_file_too_many_rows():
    content = csv_bytes(*[f"Org {i},CN" for i in range(MAX_ROWS + 1)], header="name_en,side")
    assert file_problems(content) == [
        f"The file has {MAX_ROWS}+ rows; at most {MAX_ROWS} can be imported at once."
    ]


@pytest.mark.django_db
def test_file_problem_in_chinese():
    with pytest.raises(ImportRejected) as caught:
        parse_file(filename="a.csv", content=b"")
    assert messages(caught.value.problems, "zh-hans") == ["文件中没有可导入的行。"]


# --- Row problems ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_every_row_problem_is_collected_with_row_and_column():
    content = csv_bytes(
        GOOD,
        "Bad Slug!,X,,CN,,,,,,,,",
        "c,C,,Mars,,,,,,,,",
        "d,D,,CN,Atlantis,,,,,,,",
        "e,E,,CN,US-CA,,,,,,,",
        "f,F,,US,,energy; space mining,,,,,,",
        "g,G,,US,,,teleportation,,not-an-email,,,",
        "h,H,,US,,,,,,also bad,Bob,",
        "i,I,,US,,,,,,,Bob,",
        "j,J,,,,,,,,,,",
        ",,,US,,,,,,,,x",
    )
    plan = plan_for(content)
    assert not plan.valid
    assert messages(plan.problems) == [
        "row 3, column slug: use only letters, digits, hyphens and underscores",
        "row 4, column side: unknown side “Mars” (use CN or US)",
        "row 5, column region: unknown region “Atlantis” (use an ISO 3166-2 code such as CN-GD)",
        "row 6, column region: region US-CA is not on side CN",
        "row 7, column sectors: unknown: space mining",
        "row 8, column offers: unknown: teleportation",
        "row 8, column contact_email: not an e-mail address",
        "row 9, column representative_email: not an e-mail address",
        "row 10, column representative_email: give the representative’s e-mail address",
        "row 11, column side: a new organization needs a side (CN or US)",
        "row 12, column representative_email: give the representative’s e-mail address",
        "row 12: a new organization needs a name in English or Chinese",
    ]


@pytest.mark.django_db
def test_row_problem_in_chinese():
    plan = plan_for(csv_bytes("x,X,,CN,,,,,not-an-email,,,"))
    assert messages(plan.problems, "zh-hans") == [
        "第 2 行，contact_email 列：不是有效的电子邮箱地址"
    ]


@pytest.mark.django_db
def test_problem_names_the_column_as_the_file_writes_it():
    plan = plan_for("Name (English),Side,联系邮箱\nAcme,CN,nope\n".encode())
    assert messages(plan.problems) == ["row 2, column 联系邮箱: not an e-mail address"]


@pytest.mark.django_db
def test_too_long_website_and_yes_no():
    content = csv_bytes(
        "x,X,US," + "a" * 201 + ",maybe,notaurl",
        header="slug,name_en,side,contact_name,is_public,website",
    )
    assert messages(plan_for(content).problems) == [
        "row 2, column contact_name: longer than 200 characters",
        "row 2, column is_public: write yes or no",
        "row 2, column website: not a web address",
    ]


@pytest.mark.django_db
def test_duplicate_slug_with_different_data():
    plan = plan_for(csv_bytes(GOOD, GOOD.replace("Acme Energy", "Other Name")))
    assert messages(plan.problems) == [
        "row 3, column name_en: the identifier acme-cn is also on row 2 with different data"
    ]


@pytest.mark.django_db
def test_same_name_twice_with_different_data_is_a_conflict():
    content = csv_bytes("Acme,CN", "Acme,US", header="name_en,side")
    assert messages(plan_for(content).problems) == [
        "row 3, column side: differs from row 2 for the same organization"
    ]


@pytest.mark.django_db
def test_ambiguous_existing_name():
    OrganizationFactory(name_en="Twin", name="Twin")
    OrganizationFactory(name_en="Twin", name="Twin")
    content = csv_bytes("Twin,US", header="name_en,side")
    assert messages(plan_for(content).problems) == [
        "row 2, column name_en: 2 organizations have this name: give the identifier (slug)"
    ]


# --- Writing --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_import_creates_organization_with_codes_from_labels_and_a_representative(staff):
    plan = plan_for(csv_bytes(GOOD))
    result = plan_execute(plan=plan, actor=staff)
    org = Organization.objects.get(slug="acme-cn")
    assert (result.created, result.updated, result.representatives, result.accounts) == (1, 0, 1, 1)
    assert (org.name_en, org.name_zh_hans, org.side, org.region.code) == (
        "Acme Energy",
        "艾克美能源",
        "CN",
        "CN-GD",
    )
    assert sorted(s.code for s in org.sectors.all()) == ["energy", "energy-conservation"]
    assert sorted(t.code for t in org.offers.all()) == ["supply", "technology-transfer"]
    assert [t.code for t in org.seeks.all()] == ["distribution"]
    user = User.objects.get(email="li@acme.cn")
    assert (user.full_name, user.has_usable_password()) == ("李雷", False)
    assert Representative.objects.get(user=user).title == "总经理"
    assert "艾克美" in org.search_document


@pytest.mark.django_db
def test_extra_rows_add_representatives_and_existing_users_are_reused(staff):
    existing = UserFactory(email="ann@acme.cn", full_name="Ann")
    content = csv_bytes(
        GOOD,
        "acme-cn,,,,,,,,,ANN@acme.cn,,Sales",
        header=HEADER,
    )
    plan = plan_for(content)
    assert [(r.row, r.action, r.representative, r.new_account) for r in plan.rows] == [
        (2, "create", "li@acme.cn", True),
        (3, "representative", "ann@acme.cn", False),
    ]
    plan_execute(plan=plan, actor=staff)
    org = Organization.objects.get(slug="acme-cn")
    assert sorted(r.user.email for r in org.representatives.all()) == ["ann@acme.cn", "li@acme.cn"]
    assert User.objects.get(pk=existing.pk).full_name == "Ann"


@pytest.mark.django_db
def test_existing_organization_is_updated_by_slug_and_blank_cells_keep_values(staff):
    org = OrganizationFactory(slug="golden", contact_phone="+1 555 0100")
    content = csv_bytes(
        "golden,New Name,,,,,", header="slug,name_en,name_zh,side,region,contact_phone,website"
    )
    plan = plan_for(content)
    assert [r.action for r in plan.rows] == ["update"]
    result = plan_execute(plan=plan, actor=staff)
    org.refresh_from_db()
    assert (result.created, result.updated) == (0, 1)
    assert (org.name_en, org.side, org.region.code, org.contact_phone) == (
        "New Name",
        "US",
        "US-CA",
        "+1 555 0100",
    )
    assert Organization.objects.count() == 1


@pytest.mark.django_db
def test_existing_organization_is_matched_by_exact_name(staff):
    org = OrganizationFactory(name_en="Golden Gate Solar", name="Golden Gate Solar")
    plan_execute(plan=plan_for(b"name_en,website\nGolden Gate Solar,gg.example.com\n"), actor=staff)
    org.refresh_from_db()
    assert org.website == "https://gg.example.com"
    assert Organization.objects.count() == 1


@pytest.mark.django_db
def test_existing_representative_keeps_title_when_cell_blank(staff):
    rep = RepresentativeFactory(title="Director")
    content = f"slug,representative_email\n{rep.organization.slug},{rep.user.email}\n".encode()
    plan_execute(plan=plan_for(content), actor=staff)
    rep.refresh_from_db()
    assert rep.title == "Director"


@pytest.mark.django_db
def test_a_file_with_one_bad_row_imports_nothing(staff):
    batch = import_batch_create(
        filename="a.csv", content=csv_bytes(GOOD, "b,B,,CN,,,,,bad-email,,,"), actor=staff
    )
    import_batch_confirm(batch=batch, actor=staff)
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.FAILED
    assert batch.summary["problems"] == [
        {"code": "invalid_email", "row": 3, "column": "contact_email", "params": {}}
    ]
    assert Organization.objects.count() == 0
    assert not User.objects.filter(email="li@acme.cn").exists()


@pytest.mark.django_db
def test_a_database_error_midway_rolls_everything_back(staff):
    content = csv_bytes(GOOD, "late,Late Org,,US,,,,,,new@late.com,,")
    plan = plan_for(content)
    assert plan.valid
    # A colleague takes the identifier of the second row between the preview and the confirm:
    # the first organization and its new account are written, then the second insert fails.
    OrganizationFactory(slug="late")
    with pytest.raises(ImportRejected) as caught:
        plan_execute(plan=plan, actor=staff)
    assert caught.value.problems[0].code == "database"
    assert list(Organization.objects.values_list("slug", flat=True)) == ["late"]
    assert not User.objects.filter(email__in=["li@acme.cn", "new@late.com"]).exists()


@pytest.mark.django_db
def test_confirm_imports_once(staff):
    batch = import_batch_create(filename="a.csv", content=csv_bytes(GOOD), actor=staff)
    import_batch_confirm(batch=batch, actor=staff)
    batch.refresh_from_db()
    assert (batch.status, batch.summary) == (
        "imported",
        {"created": 1, "updated": 0, "representatives": 1, "accounts": 1},
    )
    with pytest.raises(ImportRejected) as caught:
        import_batch_confirm(batch=batch, actor=staff)
    assert caught.value.problems[0].code == "already_done"
    assert Organization.objects.count() == 1
    assert ImportBatch.objects.get(pk=batch.pk).status == ImportBatch.Status.IMPORTED


@pytest.mark.django_db
def test_a_batch_being_imported_cannot_be_started_again(staff):
    batch = import_batch_create(filename="a.csv", content=csv_bytes(GOOD), actor=staff)
    ImportBatch.objects.filter(pk=batch.pk).update(status=ImportBatch.Status.RUNNING)
    with pytest.raises(ImportRejected):
        import_batch_confirm(batch=batch, actor=staff)
    assert Organization.objects.count() == 0


@pytest.mark.django_db
def test_batch_revalidates_at_confirm(staff):
    batch = import_batch_create(filename="a.csv", content=b"name_en,side\nTwin,US\n", actor=staff)
    OrganizationFactory(name_en="Twin", name="Twin")
    OrganizationFactory(name_en="Twin", name="Twin")
    import_batch_confirm(batch=batch, actor=staff)
    batch.refresh_from_db()
    assert (batch.status, batch.summary["problems"][0]["code"]) == ("failed", "ambiguous_name")
    assert Organization.objects.count() == 2


@pytest.mark.django_db
def test_only_staff_may_import(staff, owner, outsider):
    for user in (owner, outsider):
        with pytest.raises(NotAllowed):
            import_batch_create(filename="a.csv", content=csv_bytes(GOOD), actor=user)
        with pytest.raises(NotAllowed):
            plan_execute(plan=plan_for(csv_bytes(GOOD)), actor=user)
    batch = import_batch_create(filename="a.csv", content=csv_bytes(GOOD), actor=staff)
    for user in (owner, outsider):
        with pytest.raises(NotAllowed):
            import_batch_confirm(batch=batch, actor=user)
    assert list(ImportBatch.objects.values_list("status", flat=True)) == ["preview"]
    assert not Organization.objects.filter(slug="acme-cn").exists()


@pytest.mark.django_db
def test_file_too_large():
    content = b"name_en,side\n" + b"x" * (10 * 1024 * 1024)
    assert file_problems(content) == ["The file is larger than 10 MB."]


@pytest.mark.django_db
def test_slug_matches_whatever_its_case(staff):
    org = OrganizationFactory(slug="golden")
    plan = plan_for(b"slug,website\nGOLDEN,https://golden.example\n")
    assert [r.action for r in plan.rows] == ["update"]
    plan_execute(plan=plan, actor=staff)
    org.refresh_from_db()
    assert (org.slug, org.website) == ("golden", "https://golden.example")


@pytest.mark.django_db
def test_comma_csv_with_semicolon_lists_in_every_row():
    content = csv_bytes(
        '"A",CN,"energy; water"', '"B",US,"water; energy"', header="name_en,side,sectors"
    )
    parsed = parse_file(filename="a.csv", content=content)
    assert [v["sectors"] for _, v in parsed.rows] == ["energy; water", "water; energy"]


@pytest.mark.django_db
def test_same_new_person_on_two_organizations_is_one_new_account(staff):
    content = b"name_en,side,representative_email\nA,CN,p@x.cn\nB,US,p@x.cn\n"
    plan = plan_for(content)
    assert [r.new_account for r in plan.rows] == [True, False]
    result = plan_execute(plan=plan, actor=staff)
    assert (result.accounts, result.representatives) == (1, 2)
