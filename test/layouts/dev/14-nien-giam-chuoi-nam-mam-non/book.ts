// Layout 14: a yearbook time series (schools, classes, classrooms of preschool by school year, with a preliminary last year and an index block).
import { Book, type Status } from "../../fods";

export default function book(): Book {
  const b = new Book("Số trường, lớp/nhóm trẻ và phòng học mầm non qua các năm học (niên giám thống kê cấp tỉnh)");
  const s = b.sheet("207");
  s.cols([46, 11, 11, 11, 11, 12]);
  s.merge("A1:F1", "207. Số trường, lớp/nhóm trẻ và phòng học mầm non", { bold: true, size: 13 });
  s.merge("A2:F2", "Number of schools, classes/groups of children and classrooms of preschool education", { italic: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A4:A5", "", head);
  s.merge("B4:F4", "Năm học - School year", head);
  s.row("B5", ["2018-2019", "2019-2020", "2020-2021", "2021-2022", "Sơ bộ - Prel. 2022-2023"], head);
  const n = (v: number) => ({ v, fmt: "#,##0" as const });
  const x = (v: number) => ({ v, fmt: "0.00" as const });
  const bd = { border: true };
  const data: Array<[string, number[]]> = [
    ["Số trường học (Trường)\nNumber of schools (School)", [191, 182, 181, 182, 181]],
    ["Công lập - Public", [154, 145, 142, 142, 142]],
    ["Ngoài công lập - Non-public", [37, 37, 39, 40, 39]],
    ["Số lớp/nhóm trẻ (Lớp/nhóm)\nNumber of classes (Class/group)", [2185, 2114, 2259, 2262, 2273]],
    ["Công lập - Public", [1443, 1434, 1450, 1467, 1483]],
    ["Ngoài công lập - Non-public", [742, 680, 809, 795, 790]],
    ["Số phòng học (Phòng)\nNumber of classrooms (Classroom)", [1986, 2015, 2312, 2304, 2301]],
    ["Công lập - Public", [1392, 1421, 1479, 1489, 1494]],
    ["Ngoài công lập - Non-public", [594, 594, 833, 815, 807]],
  ];
  data.forEach(([name, v], i) => s.row(`A${6 + i}`, [name, ...v.map(n)], { ...bd, bold: !name.startsWith("Công") && !name.startsWith("Ngoài") }));
  s.merge("A15:F15", "Chỉ số phát triển (Năm trước = 100) - %\nIndex (Previous year = 100) - %", { bold: true, border: true, wrap: true });
  const idx: Array<[string, number[]]> = [
    ["Trường học - School", [97.95, 95.29, 99.45, 100.55, 99.45]],
    ["Công lập - Public", [94.48, 94.16, 97.93, 100.0, 100.0]],
    ["Ngoài công lập - Non-public", [115.63, 100.0, 105.41, 102.56, 97.5]],
    ["Lớp/nhóm trẻ - Class/group of children", [106.69, 96.75, 106.86, 100.13, 100.49]],
    ["Phòng học - Classroom", [109.72, 101.46, 114.74, 99.65, 99.87]],
  ];
  idx.forEach(([name, v], i) => s.row(`A${16 + i}`, [name, ...v.map(x)], bd));
  s.set("A22", "Ghi chú: Số liệu năm học 2022-2023 là số sơ bộ.", { italic: true });

  const e = (cell: string, indicator: string, target: string, status: Status, why: string) => s.expect(cell, { indicator, target, status, why });
  e("F7", "Số trường mầm non công lập", "không ít hơn 142 trường", "met", "142");
  e("F9", "Số lớp/nhóm trẻ mầm non", "ít nhất 2.300 lớp/nhóm", "not_met", "2.273 < 2.300");
  e("F11", "Số lớp/nhóm trẻ ngoài công lập", "tăng so với năm học trước", "not_met", "790 < 795 (E11, the previous year)");
  e("F12", "Số phòng học mầm non", "2.300 phòng", "exceeded", "2.301 above a bare 2.300 (read as at least)");
  e("F13", "Số phòng học mầm non công lập", "ít nhất 1.500 phòng", "not_met", "1.494 < 1.500");

  b.plan = {
    id: "tinh-2022-2023-mang-luoi-mn",
    title: "Kế hoạch phát triển mạng lưới trường, lớp mầm non năm học 2022-2023",
    issuer: "ỦY BAN NHÂN DÂN TỈNH",
    period: "2022-2023",
    notes: "Kế hoạch dựng cho bộ mẫu bố cục, đối chiếu với cột số sơ bộ của niên giám. / Plan written for the layout corpus.",
    indicators: [
      { id: "mn.truong.cong-lap", section: ["Mạng lưới"], name: "Số trường mầm non công lập", level: "MN", unit: "trường", target: "không ít hơn 142 trường" },
      { id: "mn.lop-nhom", section: ["Mạng lưới"], name: "Số lớp/nhóm trẻ mầm non", level: "MN", unit: "lớp/nhóm", target: "ít nhất 2.300 lớp/nhóm" },
      { id: "mn.lop-nhom.ngoai-cong-lap", section: ["Mạng lưới"], name: "Số lớp/nhóm trẻ ngoài công lập", level: "MN", unit: "lớp/nhóm", target: "tăng so với năm học trước" },
      { id: "mn.phong-hoc", section: ["Cơ sở vật chất"], name: "Số phòng học mầm non", level: "MN", unit: "phòng", target: "2.300 phòng" },
      { id: "mn.phong-hoc.cong-lap", section: ["Cơ sở vật chất"], name: "Số phòng học mầm non công lập", level: "MN", unit: "phòng", target: "ít nhất 1.500 phòng" },
    ],
    tasks: [],
  };
  b.facts = {
    sheet: "207",
    headerRows: "4-5 (Năm học over five school years, the last \"Sơ bộ - Prel. 2022-2023\")",
    nameColumn: "A (bilingual; \"Công lập - Public\" repeats under each block: the bold row above names the indicator)",
    target: "plan.json (provincial plan 2022-2023)",
    actualColumns: "F (Sơ bộ 2022-2023)",
    ignoreColumns: "B-E (earlier years; E is only the baseline of \"tăng so với năm học trước\")",
    otherRows: "15-20 (index block \"Năm trước = 100\": percentages that look like the indicators, never judged), 22 (note)",
    asOf: "2023-06-30",
    period: "2022-2023",
    notes: "\"Phòng học - Classroom 99,87\" in the index block is not the number of classrooms.",
  };
  return b;
}
