"""Minutes (Mẫu 1.9): every model rule, the body and the two signatures read back, and the two
examples holding every fact of their seeds."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from docx.oxml.ns import qn

import vanban
from vanban import InputError, Minutes
from vanban.rendering.context import build_context
from vanban.rendering.parts import number_line

from .docx_read import collapse, find, full_text, open_docx, paragraphs
from .samples import MINUTES_EXAMPLE, SEED_000, SEED_001, SEMINAR_EXAMPLE, minutes


def parse(**changes: Any) -> Minutes:
    document = vanban.parse(minutes(**changes))
    assert isinstance(document, Minutes)
    return document


def rejects(code: str, **changes: Any) -> vanban.Issue:
    with pytest.raises(InputError) as info:
        vanban.parse(minutes(**changes))
    matching = [i for i in info.value.issues if i.code == code]
    assert matching, str(info.value)
    return matching[0]


def texts(**changes: Any) -> list[str]:
    return [b["text"] for b in build_context(parse(**changes))["blocks"]]


# --- model rules -----------------------------------------------------------------------------
def test_valid_minutes() -> None:
    document = parse()
    assert number_line(document) == "Số: 15/BB-UBND"
    assert document.start == dt.time(8, 0)
    assert type(document).template_name == "minutes.docx"


def test_internal_minutes_carry_no_number() -> None:
    document = parse(number=None, numbered=False)
    assert number_line(document) == ""
    assert build_context(document)["number_line"] == ""


def test_a_draft_leaves_the_number_blank() -> None:
    assert number_line(parse(number=None)).endswith("/BB-UBND")


def test_unnumbered_minutes_with_a_number() -> None:
    rejects("minutes_number_unnumbered", numbered=False)


@pytest.mark.parametrize(("start", "end"), [("10:30", "08:00"), ("08:00", "08:00")])
def test_the_meeting_ends_after_it_starts(start: str, end: str) -> None:
    issue = rejects("minutes_end_before_start", start=start, end=end)
    assert "give end_date when it ends on another day" in issue.message


def test_a_meeting_over_two_days() -> None:
    document = parse(start="14:00", end="11:00", end_date="2020-08-07")
    assert texts(start="14:00", end="11:00", end_date="2020-08-07")[-1] == (
        "Cuộc họp kết thúc vào 11 giờ 00 phút, ngày 07 tháng 8 năm 2020./."
    )
    assert document.end_date == dt.date(2020, 8, 7)
    rejects("minutes_end_before_start", end_date="2020-08-05")


@pytest.mark.parametrize(
    ("written", "time"),
    [
        ("8:30", dt.time(8, 30)),
        ("08:05", dt.time(8, 5)),
        ("14h", dt.time(14, 0)),
        (510, dt.time(8, 30)),
    ],
)
def test_times_as_written(written: Any, time: dt.time) -> None:
    # 510 is how YAML 1.1 reads an unquoted 8:30 (base 60).
    assert parse(start=written, end="23:00").start == time


@pytest.mark.parametrize("written", ["25:00", "8:75", "sáng", 9, True])
def test_bad_times(written: Any) -> None:
    assert rejects("time_format", start=written).path == "start"


@pytest.mark.parametrize(
    "attendee",
    [
        {"title": "Phó Chủ tịch"},
        {"name": "A", "group": "B"},
        {"group": "Tổ hòa giải", "title": "Tổ trưởng"},
        {"name": "A", "count": 3},
    ],
)
def test_an_attendee_is_a_person_or_a_group(attendee: dict[str, Any]) -> None:
    assert rejects("attendee_shape", attendees=[attendee]).path == "attendees[0]"


@pytest.mark.parametrize("who", ["chair", "secretary"])
def test_signers_carry_no_academic_title(who: str) -> None:
    issue = rejects("signature_academic_title", **{who: {"name": "TS. Nguyễn Văn A"}})
    assert issue.path == who


def test_unknown_chair_role() -> None:
    rejects("enum", chair={"name": "A", "role": "chủ nhiệm"})


def test_discussion_needs_opinions() -> None:
    rejects("too_short", discussion={"intro": "Không có ý kiến.", "opinions": []})


# --- the body ------------------------------------------------------------------------------
def test_facts_of_the_meeting_in_the_order_of_the_form() -> None:
    lines = texts(
        absentees=[{"name": "Đỗ Văn Bình", "title": "Tổ trưởng tổ 14", "reason": "ốm"}],
        agenda=["Báo cáo", "Thảo luận"],
        co_chairs=[{"name": "Lê Đăng Lễ"}],
    )
    assert lines[:12] == [
        "Thời gian bắt đầu: 08 giờ 00 phút, ngày 06 tháng 8 năm 2020.",
        "Địa điểm: Phòng họp số 1.",
        "Thành phần tham dự:",
        "- Đồng chí Lê Đăng Lễ, Phó Chủ tịch UBND phường;",
        "- Tổ trưởng tổ hòa giải (26 người).",
        "Vắng mặt:",
        "- Đồng chí Đỗ Văn Bình, Tổ trưởng tổ 14 (lý do: ốm).",
        "Chủ trì: Đồng chí Nguyễn Anh Tuấn, Công chức Tư pháp phường; đồng chí Lê Đăng Lễ.",
        "Thư ký (người ghi biên bản): Đồng chí Trần Thị Thu Hà, Công chức Văn phòng.",
        "Chương trình:",
        "- Báo cáo;",
        "- Thảo luận.",
    ]


def test_no_absentees_is_said_and_unknown_absence_is_left_out() -> None:
    assert "Vắng mặt: không." in texts(absentees=[])
    assert not any(t.startswith("Vắng mặt") for t in texts())


def test_honorific_may_change_or_go() -> None:
    assert "- Ông (bà) Lê Đăng Lễ, Phó Chủ tịch UBND phường;" in texts(honorific="ông (bà)")
    assert "- Lê Đăng Lễ, Phó Chủ tịch UBND phường;" in texts(honorific=None)


def test_proceedings_are_sections_of_the_ladder() -> None:
    lines = texts(
        meeting="hội nghị",
        reports=[
            {
                "report": "Báo cáo kết quả quý II",
                "presenter": {"name": "Nguyễn Anh Tuấn", "title": "Công chức Tư pháp"},
                "content": ["Đạt 75%."],
            }
        ],
        discussion={
            "intro": "Có 2 ý kiến.",
            "opinions": [
                {
                    "speaker": {"name": "Phạm Văn Hùng", "title": "Tổ trưởng tổ 3"},
                    "opinion": "Hỏi về báo cáo tháng.",
                    "answers": [
                        {"speaker": {"name": "Nguyễn Anh Tuấn"}, "answer": "Trước ngày 20."}
                    ],
                },
                {"speaker": {"name": "Nguyễn Thị Lan"}, "opinion": "Đề nghị cấp sổ."},
            ],
            "closing": ["Chủ trì tiếp thu."],
        },
        conclusions=["Hội nghị thống nhất:", {"item": "Báo cáo trước ngày 20."}],
        copies=3,
        approved=True,
    )
    start = lines.index("Nội dung hội nghị:")
    assert lines[start:] == [
        "Nội dung hội nghị:",
        "I. BÁO CÁO KẾT QUẢ QUÝ II",
        "Người trình bày: Đồng chí Nguyễn Anh Tuấn, Công chức Tư pháp.",
        "Đạt 75%.",
        "II. THẢO LUẬN",
        "Có 2 ý kiến.",
        "1. Đồng chí Phạm Văn Hùng, Tổ trưởng tổ 3: Hỏi về báo cáo tháng.",
        "Đồng chí Nguyễn Anh Tuấn trả lời: Trước ngày 20.",
        "2. Đồng chí Nguyễn Thị Lan: Đề nghị cấp sổ.",
        "Chủ trì tiếp thu.",
        "III. KẾT LUẬN",
        "Hội nghị thống nhất:",
        "1. Báo cáo trước ngày 20.",
        "Hội nghị kết thúc vào 10 giờ 30 phút cùng ngày.",
        "Biên bản đã được đọc lại cho những người dự hội nghị cùng nghe và nhất trí thông qua.",
        "Biên bản được lập thành 03 bản có giá trị như nhau./.",
    ]


def test_signature_columns_and_optional_recipients() -> None:
    context = build_context(parse())
    assert context["date_line"] == ""
    assert context["secretary_lines"] == ["THƯ KÝ"]
    assert context["chair_lines"] == ["CHỦ TRÌ"]
    assert context["recipients"] == []
    chair = {"name": "Nguyễn Viết Tấn", "role": "chủ tọa", "on_behalf_of": "Ban tổ chức"}
    context = build_context(parse(chair={**chair, "signing_title": "Phó Bí thư Đảng ủy"}))
    assert context["chair_lines"] == ["TM. BAN TỔ CHỨC", "CHỦ TỌA", "PHÓ BÍ THƯ ĐẢNG ỦY"]
    context = build_context(parse(recipients=["Thường trực Đảng ủy"]))
    assert context["recipients"] == ["- Thường trực Đảng ủy;", "- Lưu: VT, Hồ sơ."]


# --- rendered and read back ------------------------------------------------------------------
@pytest.fixture(scope="module")
def example_bytes() -> bytes:
    return vanban.render_bytes(vanban.load(MINUTES_EXAMPLE))


@pytest.fixture(scope="module")
def example(example_bytes: bytes) -> Any:
    return open_docx(example_bytes)


def test_header_has_no_date_line(example: Any) -> None:
    header = example.tables[0]
    assert header.cell(1, 0).text == "Số: 15/BB-UBND"
    assert header.cell(1, 1).text == ""
    assert find(example, "BIÊN BẢN").style.name == "VB Type Name"


def test_two_signatures_side_by_side(example: Any) -> None:
    closing = example.tables[-1]
    assert closing._tbl.tblPr.find(qn("w:tblCaption")).get(qn("w:val")) == "signature"
    titles, names = closing.rows
    assert [c.text for c in titles.cells] == ["THƯ KÝ", "CHỦ TRÌ"]
    assert [c.text for c in names.cells] == ["Trần Thị Thu Hà", "Nguyễn Anh Tuấn"]
    for cell in titles.cells:
        assert cell.paragraphs[0].style.name == "VB Signature"
    for cell in names.cells:
        assert cell.paragraphs[0].style.name == "VB Signer Name"
    left, right = (int(c._tc.tcPr.tcW.get(qn("w:w"))) for c in titles.cells)
    assert abs(left - right) <= 1  # two equal columns
    # The last body paragraph stays on the page of the signatures.
    last = closing._tbl.getprevious()
    assert last.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None


def test_recipients_below_the_secretary_column(example: Any) -> None:
    closing = example.tables[-1]._tbl
    after = [p for p in closing.itersiblings() if p.tag == qn("w:p")]
    lines = ["".join(t.text for t in p.iter(qn("w:t"))) for p in after]
    assert lines == [
        "Nơi nhận:",
        "- Chủ tịch, các Phó Chủ tịch UBND\xa0phường;",
        "- Tổ trưởng các tổ hòa giải;",
        "- Lưu: VT, Hồ sơ.",
    ]
    label = find(example, "Nơi nhận:")
    assert label.style.name == "VB Recipients Label Below"
    assert label.style.base_style.name == "VB Recipients Label"
    assert label.style.base_style.font.size.pt == 12


def test_rendering_twice_gives_the_same_bytes(example_bytes: bytes) -> None:
    assert vanban.render_bytes(vanban.load(MINUTES_EXAMPLE)) == example_bytes


def test_internal_minutes_render_without_a_number_line() -> None:
    document = vanban.parse(minutes(number=None, numbered=False))
    header = open_docx(vanban.render_bytes(document)).tables[0]
    assert header.cell(1, 0).text == ""


# --- the two examples hold every fact of their seeds ---------------------------------------------
def seed(path: Any) -> str:
    return collapse(path.read_text(encoding="utf-8"))


#: (as the seed writes it, as the minutes print it): the minutes correct the seed's capitals
#: ("Phó chủ tịch", "Uỷ ban") and typing slips ("1/1/ vụ việc", "công atsc", "thời gia tới").
FACTS_000 = [
    ("Sáng ngày 06/8/2020", "08 giờ 00 phút, ngày 06 tháng 8 năm 2020"),
    ("tại phòng họp số 1 Trụ sở ĐU - UBND phường", "Phòng họp số 1, Trụ sở Đảng ủy - UBND phường"),
    ("hội nghị giao ban công tác hòa giải quý II", "Hội nghị giao ban công tác hòa giải quý II"),
    (
        "triển khai nhiệm vụ trọng tâm quý III/2020",
        "II. NHIỆM VỤ TRỌNG TÂM CÔNG TÁC HÒA GIẢI QUÝ III/2020",
    ),
    (
        "Dự chỉ đạo đồng chí Lê Đăng Lễ, Đảng ủy viên, Phó chủ tịch UBND phường",
        "Đồng chí Lê Đăng Lễ, Đảng ủy viên, Phó Chủ tịch UBND phường (dự, chỉ đạo hội nghị)",
    ),
    ("Tổ trưởng tổ hòa giải của 26 tổ dân phố",) * 2,
    (
        "Chủ trì hội nghị đồng chí Nguyễn Anh Tuấn, Công chức tư pháp phường",
        "Chủ trì: Đồng chí Nguyễn Anh Tuấn, Công chức Tư pháp phường",
    ),
    (
        "Hội nghị đã nghe báo cáo kết quả công tác hòa giải quý II",
        "BÁO CÁO KẾT QUẢ CÔNG TÁC HÒA GIẢI QUÝ II/2020",
    ),
    (
        "Trong quý II/2020, công tác hòa giải trên địa bàn phường được sự lãnh đạo, chỉ đạo kịp "
        "thời của Đảng ủy, Uỷ ban nhân dân phường, của Chi bộ các tổ dân phố, sự phối hợp chặt "
        "chẽ của các chi hội đoàn thể và sự nhiệt tình trách nhiệm của thành viên tổ hòa giải nên "
        "đã phát hiện và hòa giải kịp thời các vụ việc mâu thuẫn phát sinh trong nội bộ nhân dân "
        "góp phần đảm bảo an ninh trật tự trên địa bàn phường, không có điểm nóng phức tạp xảy "
        "ra, tỷ lệ hòa giải thành 3/4 vụ đạt 75%.",
        "Trong quý II/2020, công tác hòa giải trên địa bàn phường được sự lãnh đạo, chỉ đạo kịp "
        "thời của Đảng ủy, Ủy ban nhân dân phường, của Chi bộ các tổ dân phố, sự phối hợp chặt "
        "chẽ của các chi hội đoàn thể và sự nhiệt tình trách nhiệm của thành viên tổ hòa giải nên "
        "đã phát hiện và hòa giải kịp thời các vụ việc mâu thuẫn phát sinh trong nội bộ nhân dân "
        "góp phần đảm bảo an ninh trật tự trên địa bàn phường, không có điểm nóng phức tạp xảy "
        "ra, tỷ lệ hòa giải thành 3/4 vụ đạt 75%.",
    ),
    (
        "Tăng cường hơn nữa công tác hòa giải ở cơ sở, phát hiện kịp thời những mâu thuẫn mới phát "
        "sinh, nhanh chóng trao đổi với các bộ phận chuyên môn của phường để bố trí giải quyết kịp "
        "thời, nhất là những vụ việc phức tạp, tránh khiếu kiện đông người, vượt cấp.",
    )
    * 2,
    (
        "Đẩy mạnh công tác tuyên truyền, phổ biến giáo dục pháp luật để nhân dân nắm rõ quy định "
        "của pháp luật, đưa pháp luật đi vào cuộc sống nhằm giảm thiểu những mâu thuẫn trong nội "
        "bộ nhân dân.",
    )
    * 2,
    (
        "Tổ trưởng tổ hòa giải và thành viên các tổ hòa giải cần tích cực tham gia tập huấn nghiệp "
        "vụ do cấp trên triệu tập để nâng cao trình độ, kỹ năng hòa giải, từ đó phấn đấu tỷ lệ hòa "
        "giải thành ở các Tổ dân phố đạt 90% trở lên.",
    )
    * 2,
    (
        "Cũng tại hội nghị đồng chí cán bộ Tư pháp phường đã hướng dẫn hoạt động hòa giải của các "
        "tổ dân phố năm 2020 sau sáp nhập tổ dân phố, về trình tự thủ tục kiện toàn tổ hòa giải, "
        "về chế độ, biểu mẫu thông tin, báo cáo, ghi chép và mở sổ theo dõi.",
    )
    * 2,
    (
        "Sau khi nghe báo cáo, hội nghị đã có 4 ý kiến trao đổi về chế độ báo cáo hàng tháng, về "
        "việc mở sổ theo dõi; trao đổi về các biện pháp giải quyết, hòa giải các mâu thuẫn nhỏ "
        "xảy ra trong cuộc sống hàng ngày.",
    )
    * 2,
    (
        "Phát biểu chỉ đạo và kết luận Hội nghị, đồng chí Lê Đăng Lễ, Phó chủ tịch UBND phường "
        "yêu cầu:",
        "Phát biểu chỉ đạo và kết luận Hội nghị, đồng chí Lê Đăng Lễ, Phó Chủ tịch UBND phường "
        "yêu cầu:",
    ),
    (
        "Các tổ hòa giải báo cáo cấp ủy chi bộ, lãnh đạo tổ dân phố, phối hợp chặt chẽ với các chi "
        "hội đoàn thể, các Trưởng Liên gia tăng cường tuyên truyền pháp luật đến từng người dân, "
        "hộ gia đình nhằm thực hiện tốt hơn nữa công tác hòa giải ở cơ sở.",
    )
    * 2,
    (
        "Kịp thời phát hiện những mâu thuẫn trong nội bộ nhân dân tại tổ dân phố, báo cáo các cấp "
        "có thẩm quyền giải quyết, để tình hình an ninh trật tự trên địa bàn phường ngày càng ổn "
        "định, nhân dân yên tâm lao động, sản xuất, góp phần nâng cao đời sống tinh thần của toàn "
        "thể cộng đồng.",
    )
    * 2,
]

FACTS_001 = [
    ("Sáng ngày 13/7/2018", "08 giờ 00 phút, ngày 13 tháng 7 năm 2018"),
    ("Hội trường trụ sở UBND phường Ngọc Thụy",) * 2,
    (
        "hội nghị tọa đàm “ Vai trò của tổ dân vận ở tổ dân phố trong công tác hòa giải ở cơ sở”",
        "Hội nghị tọa đàm “Vai trò của tổ dân vận ở tổ dân phố trong công tác hòa giải ở cơ sở”",
    ),
    (
        "đồng chí Nguyễn Viết Tấn, Phó bí thư thường trực Đảng ủy, Trưởng khối dân vận",
        "Đồng chí Nguyễn Viết Tấn, Phó Bí thư thường trực Đảng ủy, Trưởng Khối dân vận",
    ),
    (
        "đồng chí Lê Đăng lễ, Đảng ủy viên, Phó chủ tịch UBND phường",
        "Đồng chí Lê Đăng Lễ, Đảng ủy viên, Phó Chủ tịch UBND phường",
    ),
    (
        "Các đồng chí trong Đảng ủy, thường trực HĐND, UBND, UBMTTQ",
        "Các đồng chí trong Đảng ủy, Thường trực HĐND, UBND, UBMTTQ",
    ),
    ("Trưởng, phó các đoàn thể phường",) * 2,
    ("Khối dân vận Đảng ủy",) * 2,
    ("Tổ trưởng tổ dân vận và tổ trưởng tổ hòa giải của 38 tổ dân phố trên địa bàn phường",) * 2,
    ("và đưa ra một số gợi ý thảo luận để nâng cao chất lượng sinh hoạt chi bộ.",) * 2,
    (
        "Trên địa bàn phường có 38 tổ dân vận ở 38 tổ dân phố với tổng số thành viên là 392 đồng "
        "chí; mỗi tổ dân vận đều có cảnh sát khu vực và Tổ trưởng tổ hòa giải tham gia",
    )
    * 2,
    ("Có 38 tổ hòa giải với 249 thành viên; thành phần của tổ hòa giải có Tổ trưởng dân phố",) * 2,
    (
        "Hoạt động của các tổ dân vận ngày càng đi vào chiều sâu và toàn diện hơn; phương pháp và "
        "cách thức tuyên truyền cụ thể, trực tiếp hơn",
    )
    * 2,
    ('38/38 tổ hòa giải đăng ký tổ hòa giải "5 tốt"',) * 2,
    (
        "sự nhiệt tình trách nhiệm của thành viên tổ hòa giải đã hòa giải thành 1/1/ vụ việc đạt "
        "tỷ lệ 100%, tình hình nội bộ nhân dân ổn định.",
        "sự nhiệt tình trách nhiệm của thành viên tổ hòa giải đã hòa giải thành 1/1 vụ việc đạt "
        "tỷ lệ 100%, tình hình nội bộ nhân dân ổn định.",
    ),
    (
        "Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền, sự hướng dẫn của MTTQ, các đoàn "
        "thể đối với hoạt động của Tổ dân vận trong công atsc hòa giải",
        "Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền, sự hướng dẫn của MTTQ, các đoàn "
        "thể đối với hoạt động của Tổ dân vận trong công tác hòa giải",
    ),
    (
        "Luôn rà soát kiện toàn Tổ dân vận và xác định rõ trách nhiệm của tổ dân vận trong công "
        "tác hòa giải.",
    )
    * 2,
    ("Sau khi nghe báo cáo và gợi ý, Hội nghị đã tiến hành thảo luận tọa đàm với 7 ý kiến",) * 2,
    (
        "giải pháp thực hiện trong thời gia tới nhằm nâng cao chất lượng hòa giải ở cơ sở.",
        "giải pháp thực hiện trong thời gian tới nhằm nâng cao chất lượng hòa giải ở cơ sở.",
    ),
    (
        "nhấn mạnh những nội dung trọng tâm về các giải pháp để nâng cao chất lượng công tác dân "
        "vận, công tác hòa giải ở cơ sở 6 tháng cuối năm 2018 và các năm tiếp theo.",
    )
    * 2,
    (
        "đề xuất những biện pháp giải quyết để công tác tuyên truyền, vận động đem lại hiệu quả "
        "thiết thực hơn.",
    )
    * 2,
]


@pytest.fixture(scope="module")
def seminar() -> Any:
    return open_docx(vanban.render_bytes(vanban.load(SEMINAR_EXAMPLE)))


@pytest.mark.parametrize(("in_seed", "printed"), FACTS_000, ids=lambda t: t[:30])
def test_conference_minutes_hold_every_fact_of_seed_000(
    example: Any, in_seed: str, printed: str
) -> None:
    assert in_seed in seed(SEED_000)
    assert printed in full_text(example)


@pytest.mark.parametrize(("in_seed", "printed"), FACTS_001, ids=lambda t: t[:30])
def test_seminar_minutes_hold_every_fact_of_seed_001(
    seminar: Any, in_seed: str, printed: str
) -> None:
    assert in_seed in seed(SEED_001)
    assert printed in full_text(seminar)


def test_opinions_are_numbered_as_many_as_the_seeds_count(example: Any, seminar: Any) -> None:
    for document, count in ((example, 4), (seminar, 7)):
        numbered = [
            p.text
            for p in paragraphs(document)
            if p.text[:3].rstrip(". ").isdigit()
            and ": " in p.text
            and p.text.split(" ", 1)[1].startswith("Đồng chí")
        ]
        assert [t.split(".", 1)[0] for t in numbered] == [str(n) for n in range(1, count + 1)]


def test_seminar_is_presided_by_a_panel(seminar: Any) -> None:
    assert [c.text for c in seminar.tables[-1].rows[0].cells] == ["THƯ KÝ", "CHỦ TỌA"]
    text = full_text(seminar)
    assert (
        "Chủ tọa: Đồng chí Nguyễn Viết Tấn, Phó Bí thư thường trực Đảng ủy, Trưởng Khối dân vận; "
        "đồng chí Lê Đăng Lễ, Đảng ủy viên, Phó Chủ tịch UBND phường." in text
    )


def test_schema_of_minutes_validates_the_examples() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    schema = vanban.json_schema("minutes")
    assert schema["title"].startswith("Biên bản (BB)")
    for path in (MINUTES_EXAMPLE, SEMINAR_EXAMPLE):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data["date"] = str(data["date"])
        jsonschema.validate(data, schema)
