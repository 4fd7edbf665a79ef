// Layout 138: a kindergarten's self-assessment summary (TT 19/2018/TT-BGDĐT, 25 criteria × Mức 1 / Mức 2 / Mức 3 as "Đạt" / "Không đạt") checked against its plan's aim that every criterion reach level 2 (MN Tam Hưng A, 2023-2024): an information sheet first, standard rows with counts, a level 2 without level 1 (review), a criterion not yet assessed.
import { Book, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Bảng tổng hợp kết quả tự đánh giá chất lượng giáo dục năm học 2023-2024, Trường Mầm non Tam Hưng A, đối chiếu mục tiêu đạt Mức 2");
  const info = b.sheet("Thong tin");
  info.cols([34, 40]);
  info.merge("A1:B1", "THÔNG TIN CHUNG CỦA NHÀ TRƯỜNG", { bold: true, align: "center", size: 14 });
  const facts: [string, string][] = [
    ["Tên trường", "Trường Mầm non Tam Hưng A"], ["Cơ quan chủ quản", "Phòng GD&ĐT"], ["Năm thành lập", "1998"],
    ["Số nhóm trẻ / lớp mẫu giáo", "3 / 9"], ["Số trẻ", "356"], ["Số cán bộ, giáo viên, nhân viên", "41"],
    ["Kết quả đánh giá ngoài gần nhất", "Mức 1 (năm 2019)"], ["Mục tiêu tự đánh giá năm học 2023-2024", "Đạt Mức 2 (Kế hoạch tự đánh giá số 15/KH-MNTHA)"],
  ];
  facts.forEach((f, i) => info.row(`A${3 + i}`, f, { border: true }));

  const s = b.sheet("Tong hop TDG");
  s.cols([9, 56, 11, 11, 11, 34]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT", "TRƯỜNG MẦM NON TAM HƯNG A"],
    date: "Tam Hưng, ngày 20 tháng 5 năm 2024",
    title: ["BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ", "(Mục tiêu: 100% tiêu chí đạt Mức 2 trở lên theo Thông tư số 19/2018/TT-BGDĐT)"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "Tiêu chí", head).merge("B8:B9", "Nội dung", head).merge("C8:E8", "Kết quả", head).merge("F8:F9", "Ghi chú", head);
  s.row("C9", ["Mức 1", "Mức 2", "Mức 3"], head);
  type C = [string, string, string, string, string, string, Status, string];
  type Std = { title: string; crit: C[] };
  const D = "Đạt", K = "Không đạt";
  const stds: Std[] = [
    { title: "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", crit: [
      ["1.1", "Phương hướng, chiến lược xây dựng và phát triển nhà trường", D, D, D, "", "met", "Mức 2 Đạt (Mức 3 too)"],
      ["1.2", "Hội đồng trường và các hội đồng khác", D, D, "", "", "met", "Mức 2 Đạt"],
      ["1.3", "Tổ chức Đảng Cộng sản Việt Nam, các đoàn thể và tổ chức khác", D, D, D, "", "met", "Mức 2 Đạt"],
      ["1.4", "Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng", D, D, "", "", "met", "Mức 2 Đạt"],
      ["1.5", "Tổ chức nhóm trẻ và lớp mẫu giáo", D, K, "", "02 lớp vượt số trẻ theo quy định", "not_met", "Mức 2 Không đạt"],
      ["1.6", "Quản lý hành chính, tài chính và tài sản", D, D, "", "", "met", "Mức 2 Đạt"],
      ["1.7", "Quản lý cán bộ, giáo viên và nhân viên", D, D, "", "", "met", "Mức 2 Đạt"],
      ["1.8", "Quản lý các hoạt động giáo dục", D, D, "", "", "met", "Mức 2 Đạt"],
      ["1.9", "Thực hiện quy chế dân chủ cơ sở", D, D, "", "", "met", "Mức 2 Đạt"],
      ["1.10", "Bảo đảm an ninh trật tự, an toàn trường học", D, D, D, "", "met", "Mức 2 Đạt"],
    ] },
    { title: "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên và nhân viên", crit: [
      ["2.1", "Đối với hiệu trưởng, phó hiệu trưởng", D, D, "", "", "met", "Mức 2 Đạt"],
      ["2.2", "Đối với giáo viên", D, K, "", "Tỷ lệ GV đạt chuẩn trình độ đào tạo chưa đủ", "not_met", "Mức 2 Không đạt"],
      ["2.3", "Đối với nhân viên", K, D, "", "01 nhân viên kế toán chưa có chứng chỉ", "review", "Mức 2 \"Đạt\" over a Mức 1 \"Không đạt\": a level presupposes the levels below, so one of the two cells is wrong and nothing on the row says which"],
    ] },
    { title: "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", crit: [
      ["3.1", "Diện tích, khuôn viên và sân vườn", D, D, "", "", "met", "Mức 2 Đạt"],
      ["3.2", "Khối phòng nhóm trẻ, lớp mẫu giáo và khối phòng phục vụ học tập", D, K, "", "Thiếu phòng giáo dục nghệ thuật", "not_met", "Mức 2 Không đạt"],
      ["3.3", "Khối phòng hành chính - quản trị", D, D, "", "", "met", "Mức 2 Đạt"],
      ["3.4", "Khối phòng tổ chức ăn", D, D, "", "", "met", "Mức 2 Đạt"],
      ["3.5", "Thiết bị, đồ dùng, đồ chơi", D, "", "", "Chưa đánh giá, chờ kiểm kê tháng 6/2024", "no_data", "Mức 2 blank: not yet assessed"],
      ["3.6", "Hệ thống cấp thoát nước, vệ sinh", D, D, "", "", "met", "Mức 2 Đạt"],
    ] },
    { title: "Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội", crit: [
      ["4.1", "Ban đại diện cha mẹ trẻ", D, D, "", "", "met", "Mức 2 Đạt"],
      ["4.2", "Công tác tham mưu cấp ủy đảng, chính quyền và phối hợp với các tổ chức, cá nhân của nhà trường", D, D, D, "", "met", "Mức 2 Đạt"],
    ] },
    { title: "Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc và giáo dục trẻ", crit: [
      ["5.1", "Thực hiện Chương trình giáo dục mầm non", D, D, "", "", "met", "Mức 2 Đạt"],
      ["5.2", "Tổ chức hoạt động nuôi dưỡng, chăm sóc và giáo dục trẻ", D, D, "", "", "met", "Mức 2 Đạt"],
      ["5.3", "Kết quả nuôi dưỡng và chăm sóc sức khỏe", K, K, "", "Tỷ lệ trẻ thấp còi 6,8%", "not_met", "Mức 1 and Mức 2 both Không đạt"],
      ["5.4", "Kết quả giáo dục", D, D, "", "", "met", "Mức 2 Đạt"],
    ] },
  ];
  let r = 10;
  const stdRows: number[] = [];
  for (const st of stds) {
    const n = st.crit.length;
    const cnt = (k: 2 | 3 | 4) => `${st.crit.filter((c) => c[k] === D).length}/${n}`;
    s.row(`A${r}`, ["", st.title, cnt(2), cnt(3), cnt(4), ""], { border: true, bold: true });
    stdRows.push(r);
    r++;
    for (const c of st.crit) {
      s.row(`A${r}`, c.slice(0, 6), { border: true, wrap: true });
      s.expect(`D${r}`, { indicator: `Tiêu chí ${c[0]} · ${c[1]}`, target: "Mức 2", status: c[6], why: c[7] });
      r++;
    }
  }
  const all = stds.flatMap((st) => st.crit);
  const count = (k: 2 | 3 | 4) => `${all.filter((c) => c[k] === D).length}/${all.length}`;
  s.row(`A${r}`, ["", "Tổng số tiêu chí đạt", count(2), count(3), count(4), "Tự đánh giá: chưa đạt Mức 2"], { border: true, bold: true });
  const tot = r;
  signature(s, r + 2, { col: "B", title: "THƯ KÝ HỘI ĐỒNG TỰ ĐÁNH GIÁ", name: "Nguyễn Thị Lan" }, { col: "E", title: "CHỦ TỊCH HỘI ĐỒNG", name: "Phạm Thị Hương" });
  b.facts = {
    sheet: "Tong hop TDG",
    headerRows: "8-9 (Kết quả over Mức 1 / Mức 2 / Mức 3)",
    nameColumn: "A-B (Tiêu chí number and Nội dung)",
    target: "the title line (row 6): every criterion at Mức 2 or above; the information sheet repeats it",
    actualColumns: "D (Mức 2: \"Đạt\" / \"Không đạt\" / blank), read with C (Mức 1)",
    ignoreColumns: "E (Mức 3, above the aim), F (Ghi chú)",
    totalRows: `${stdRows.join(", ")} (standard rows with counts), ${tot} (Tổng số)`,
    otherRows: `signature from ${tot + 2}`,
    asOf: "2024-05-20",
    period: "2023-2024",
    rollUps: [s.rollUp("", "tiêu chí", "Tiêu chí đạt Mức 2")],
    notes: "The first sheet is school information, not a table to judge. Counts on the standard rows (\"9/10\") are summaries, not figures to judge. A level is reached only with the levels below it.",
  };
  return b;
}
