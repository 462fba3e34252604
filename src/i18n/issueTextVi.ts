import type { IssueText } from "./issueText";
import { dayMonthYear } from "../domain/calendarDate";
import { show as showIn } from "./issueText";
import { COUNCIL_LEVELS, type CouncilLevel, type Issue } from "../domain";
import { controlLabels } from "./controlLabels";
import { levelName } from "./outcomeText";
import { setupSheetName } from "./setupSheetName";
import { viPastedIssues } from "./pastedIssues";
import { viProductSetIssues } from "./productSetIssues";

const c = controlLabels("vi");
const show = (value: Parameters<typeof showIn>[0]) => showIn(value, "vi");

export const viIssues: IssueText = {
  "criteria-schema": {
    what: (i) => `Dữ liệu bộ tiêu chí sai cấu trúc tại ${i.path ?? "?"}: ${i.expected ?? ""}`,
    fix: "Sửa dòng đó theo mẫu: Phần, Nhóm, Mã tiêu chí, Tên, Phương án, Điểm.",
  },
  "criteria-duplicate-id": {
    what: (i) => `Mã ${i.criterion} xuất hiện hai lần trong bộ tiêu chí.`,
    fix: "Mỗi tiêu chí phải có một mã riêng (dạng A.1.2); sửa hoặc xoá dòng trùng.",
  },
  "criteria-id-mismatch": {
    what: (i) => `Mã ${i.criterion} không thuộc ${i.expected}.`,
    fix: "Mã tiêu chí phải bắt đầu bằng mã phần và nhóm chứa nó (ví dụ A.1.2 thuộc nhóm A.1).",
  },
  "criteria-negative-points": {
    what: (i) => `Tiêu chí ${i.criterion} có điểm âm (${show(i.value)}).`,
    fix: "Điểm của mỗi phương án phải từ 0 trở lên.",
  },
  "criteria-part-sum": {
    what: (i) =>
      `Phần ${i.part}: điểm tối đa ghi ${show(i.value)} nhưng tổng điểm cao nhất các tiêu chí là ${show(i.expected)}.`,
    fix: "Đối chiếu lại điểm các phương án với văn bản quyết định.",
  },
  "criteria-total-not-100": {
    what: (i) => `Các phần cộng lại được ${show(i.value)} điểm, không phải ${show(i.expected)}.`,
    fix: "Bộ tiêu chí phải có tổng 100 điểm; kiểm tra điểm tối đa từng phần.",
  },
  "criteria-part-unknown": {
    what: (i) => `Phần ${i.part} không có trong bộ tiêu chí ${i.expected}.`,
    fix: "Chỉ dùng các phần A, B, C của quyết định đã chọn.",
  },
  "criteria-version-mismatch": {
    what: (i) => `Phần ${i.part} có ${show(i.value)} điểm, quyết định quy định ${show(i.expected)}.`,
    fix: "Kiểm tra bộ tiêu chí đã chọn đúng quyết định chưa.",
  },
  "criteria-set-not-indexed": {
    what: (i) => `Bộ sản phẩm ${show(i.value)} không có trong danh mục của quyết định ${i.expected}.`,
    fix: "Chọn mã bộ sản phẩm trong danh mục của quyết định.",
  },
  "version-schema": {
    what: (i) => `Tệp quyết định sai cấu trúc tại ${i.path ?? "?"}: ${i.expected ?? ""}`,
    fix: "Sửa tệp theo định dạng ocop-version/1.",
  },
  "round-schema": {
    what: (i) => `Tệp đợt đánh giá sai cấu trúc tại ${i.path ?? "?"}: ${i.expected ?? ""}`,
    fix: "Sửa tệp theo định dạng ocop-round/1.",
  },
  "unknown-criteria-version": {
    what: (i) =>
      i.value === undefined || i.value === null || String(i.value).trim() === ""
        ? "Chưa chọn bộ tiêu chí (quyết định) cho đợt."
        : `Không có bộ tiêu chí ${show(i.value)}.`,
    fix: "Chọn một quyết định được hỗ trợ: 1048/2019 hoặc 148/2023.",
  },
  "unknown-product-set": {
    what: (i) => `Sản phẩm ${i.product}: bộ sản phẩm ${show(i.value)} không thuộc quyết định ${i.expected}.`,
    fix: "Chọn bộ sản phẩm trong danh sách thả xuống ở trang Sản phẩm; danh mục đầy đủ ở Cài đặt → Bộ tiêu chí, hoặc lệnh ocop sets (ví dụ: ocop sets 26/2026).",
  },
  "criteria-sheet-missing": {
    what: (i) =>
      i.detail === "draft"
        ? `Sản phẩm ${i.product}: bộ ${show(i.value)} được quyết định in thiếu điểm (cần bổ sung điểm), chưa chấm được.`
        : `Sản phẩm ${i.product}: chưa có phiếu tiêu chí cho bộ ${show(i.value)}.`,
    fix: "Bấm Thêm bộ tiêu chí (hoặc ocop criteria sheet) rồi dán bảng tiêu chí của quyết định, hoặc điền các ô điểm còn trống, vào trang Bộ tiêu chí và kiểm tra lại.",
  },
  "duplicate-product-id": {
    what: (i) => `Mã sản phẩm ${i.product} bị trùng.`,
    fix: "Mỗi sản phẩm phải có một mã riêng ở trang Sản phẩm.",
  },
  "duplicate-member-id": {
    what: (i) => `Mã thành viên ${i.member} bị trùng.`,
    fix: "Mỗi thành viên phải có một mã riêng ở trang Hội đồng.",
  },
  "unknown-product": {
    what: (i) => `Có điểm cho sản phẩm ${i.product} không có trong danh sách.`,
    fix: "Thêm sản phẩm vào trang Sản phẩm hoặc xoá phiếu của nó.",
  },
  "unknown-member": {
    what: (i) => `Sản phẩm ${i.product}: có điểm của thành viên ${i.member} không có trong hội đồng.`,
    fix: "Thêm thành viên vào trang Hội đồng hoặc xoá cột điểm đó.",
  },
  "unknown-criterion": {
    what: (i) =>
      `Sản phẩm ${i.product}, thành viên ${i.member}: tiêu chí ${i.criterion} không có trong phiếu.`,
    fix: "Không thêm hay đổi mã dòng tiêu chí; tạo lại phiếu nếu cấu trúc đã bị sửa.",
  },
  "score-not-a-number": {
    what: (i) =>
      `Sản phẩm ${i.product}, thành viên ${i.member}, tiêu chí ${i.criterion}: ${show(i.value)} không phải là điểm.`,
    fix: `Chọn một số điểm trong danh sách thả xuống.`,
  },
  "score-not-allowed": {
    what: (i) =>
      `Sản phẩm ${i.product}, thành viên ${i.member}, tiêu chí ${i.criterion}: ${show(i.value)} không phải điểm của phương án nào (được chọn: ${i.expected}).`,
    fix: "Chọn một điểm trong danh sách thả xuống.",
  },
  "member-incomplete": {
    what: (i) =>
      `Sản phẩm ${i.product}: thành viên ${i.member} mới chấm ${Number(i.expected) - Number(i.detail)}/${i.expected} tiêu chí (thiếu từ ${i.criterion}).`,
    fix: "Chấm đủ mọi tiêu chí, hoặc xoá hết cột nếu thành viên không chấm sản phẩm này.",
  },
  "too-few-members": {
    what: (i) =>
      `Sản phẩm ${i.product}: mới có ${show(i.value)} thành viên chấm đủ, cần ít nhất ${show(i.expected)}.`,
    fix: "Chờ thêm thành viên chấm, hoặc đổi số thành viên tối thiểu trong trang Đợt.",
  },
  "member-divergent": {
    what: (i) =>
      `Sản phẩm ${i.product}: thành viên ${i.member} cho ${show(i.value)} điểm, lệch hơn ${show(i.expected)} điểm so với mức giữa của hội đồng (${show(i.detail)}).`,
    fix: "Hội đồng xem lại phiếu của thành viên này (mức giữa là trung vị tổng điểm các thành viên; hội đồng hai người thì so với người kia); điểm vẫn được tính.",
  },
  "required-criterion-zero": {
    what: (i) =>
      `Sản phẩm ${i.product}: tiêu chí bắt buộc ${i.criterion} được 0 điểm, hạng sao bị giới hạn ở ${show(i.expected)} sao.`,
    fix: "Kiểm tra lại tiêu chí bắt buộc với hồ sơ sản phẩm.",
  },
  "star-minimum-not-met": {
    what: (i) =>
      `Sản phẩm ${i.product}: tiêu chí ${i.criterion} chưa đạt phương án "${i.option ?? ""}" (${show(i.expected)} điểm), yêu cầu tối thiểu để được ${show(i.stars)} sao; ${i.detail === "every-member" ? "điểm thấp nhất của các thành viên" : "điểm trung bình các thành viên"} là ${show(i.value)}. Hạng sao bị giới hạn ở ${Number(i.stars) - 1} sao.`,
    fix: "Hội đồng kiểm tra lại điểm tiêu chí này với hồ sơ sản phẩm; nếu đúng, sản phẩm chỉ được xếp hạng thấp hơn (Quyết định 26/2026, dấu sao).",
  },
  "council-level-not-allowed": {
    what: (i) =>
      `Bộ tiêu chí này không đánh giá ở ${levelWords(i.value)}; chỉ có hội đồng ${levelList(i.expected)}.`,
    fix: "Chọn cấp hội đồng tỉnh hoặc trung ương ở trang Đợt, hoặc chọn bộ tiêu chí 148/2023 nếu hồ sơ nộp trước 22/5/2026.",
  },
  "version-not-in-force": {
    what: (i) =>
      `Ngày họp ${dayMonthYear(String(i.detail ?? ""))} nằm ngoài thời gian áp dụng của bộ tiêu chí ${show(i.value)}${i.expected ? `; ngày đó áp dụng ${i.expected}` : ""}.`,
    fix: "Kiểm tra ngày họp và bộ tiêu chí ở trang Đợt; chỉ giữ bộ cũ cho hồ sơ được phép theo điều khoản chuyển tiếp.",
  },
  "dossier-incomplete": {
    what: (i) => `Sản phẩm ${i.product}: hồ sơ thiếu giấy tờ bắt buộc (${i.value}).`,
    fix: "Bổ sung giấy tờ và đánh dấu ở trang Sản phẩm.",
  },
  "setup-sheet-missing": {
    what: (i) => `Không tìm thấy trang "${setupSheetName(i.detail, "vi")}" của đợt đánh giá.`,
    fix: `Bấm "${c.setUpRound}" ở thẻ "${c.setupTab}" để tạo lại trang; các trang phiếu đã chấm được giữ nguyên.`,
  },
  "field-invalid": {
    what: (i) => `Giá trị ${show(i.value)} không hợp lệ (${i.detail ?? ""}); được dùng: ${i.expected ?? ""}.`,
    fix: "Chọn một giá trị trong danh sách thả xuống của ô.",
  },
  "table-row-without-id": {
    what: () => `Dòng có dữ liệu nhưng thiếu mã.`,
    fix: "Nhập mã (sản phẩm hoặc thành viên) cho dòng này, hoặc xoá dòng.",
  },
  "product-sheet-missing": {
    what: (i) => `Sản phẩm ${i.product} chưa có phiếu đánh giá.`,
    fix: `Bấm "${c.insertCriteria}" ở thẻ "${c.setupTab}" để tạo phiếu cho sản phẩm này.`,
  },
  "product-sheet-orphan": {
    what: (i) => `Có phiếu đánh giá của sản phẩm ${i.product} nhưng sản phẩm không có trong danh sách.`,
    fix: "Thêm lại sản phẩm vào trang Sản phẩm, hoặc xoá trang phiếu này; phiếu không được tính.",
  },
  "sheet-duplicated": {
    what: (i) => `Trang này là bản sao của trang phiếu ${show(i.detail)}; chỉ trang đầu tiên được đọc.`,
    fix: "Xoá trang sao chép; nhập điểm vào trang gốc.",
  },
  "hidden-id-altered": {
    what: (i) => `Mã ẩn ${show(i.value)} đã bị sửa.`,
    fix: "Hoàn tác thay đổi ở cột A / dòng 1 đã ẩn, hoặc chèn lại phiếu (điểm đã nhập được giữ).",
  },
  "criterion-row-missing": {
    what: (i) => `Sản phẩm ${i.product}: phiếu thiếu dòng tiêu chí ${i.criterion} (dòng đã bị xoá?).`,
    fix: `Bấm "${c.insertCriteria}" ở thẻ "${c.setupTab}" để vẽ lại phiếu; điểm đã nhập được giữ.`,
  },
  "criterion-row-unknown": {
    what: (i) =>
      `Sản phẩm ${i.product}: dòng có mã tiêu chí ${show(i.criterion)} không có trong bộ tiêu chí.`,
    fix: "Không sửa mã ẩn của dòng tiêu chí; chèn lại phiếu nếu cấu trúc đã bị sửa.",
  },
  "criterion-row-duplicated": {
    what: (i) =>
      `Sản phẩm ${i.product}: tiêu chí ${i.criterion} xuất hiện hai lần (dòng bị sao chép?); dòng sau không được đọc.`,
    fix: "Xoá dòng sao chép, nhập điểm ở dòng gốc.",
  },
  "criterion-row-inserted": {
    what: (i) =>
      `Sản phẩm ${i.product}: có điểm ở một dòng chèn thêm, không thuộc tiêu chí nào; điểm này không được tính.`,
    fix: "Nhập điểm vào đúng dòng tiêu chí và xoá dòng chèn thêm.",
  },
  "criterion-rows-moved": {
    what: (i) =>
      `Sản phẩm ${i.product}: các dòng tiêu chí đã bị đổi thứ tự; điểm vẫn được đọc đúng nhưng tổng phần trên trang có thể sai.`,
    fix: `Bấm "${c.insertCriteria}" ở thẻ "${c.setupTab}" để vẽ lại phiếu theo đúng thứ tự; điểm đã nhập được giữ.`,
  },
  "member-column-unknown": {
    what: (i) =>
      `Sản phẩm ${i.product}: cột điểm ${i.member ? `của ${show(i.member)} ` : ""}không thuộc thành viên nào của hội đồng; điểm trong cột không được tính.`,
    fix: "Thêm thành viên ở trang Hội đồng rồi chèn lại phiếu, thay vì tự thêm cột.",
  },
  "member-column-missing": {
    what: (i) =>
      `Sản phẩm ${i.product}: phiếu chưa có cột của thành viên ${i.member}; coi như thành viên không chấm.`,
    fix: `Bấm "${c.insertCriteria}" ở thẻ "${c.setupTab}" để thêm cột; điểm đã nhập được giữ.`,
  },
  "member-column-duplicated": {
    what: (i) => `Sản phẩm ${i.product}: thành viên ${i.member} có hai cột điểm; cột sau không được đọc.`,
    fix: "Xoá cột sao chép.",
  },
  "formula-overwritten": {
    what: () => `Công thức của ô này đã bị ghi đè bằng giá trị; phần mềm vẫn tự tính lại.`,
    fix: "Hoàn tác, hoặc chèn lại phiếu để khôi phục công thức; điểm đã nhập được giữ.",
  },
  "score-number-as-text": {
    what: (i) =>
      `Sản phẩm ${i.product}, thành viên ${i.member}, tiêu chí ${i.criterion}: ${show(i.value)} là số lưu dạng chữ.`,
    fix: "Chọn lại điểm trong danh sách thả xuống (hoặc đổi ô sang dạng số).",
  },
  "score-decimal-comma": {
    what: (i) =>
      `Sản phẩm ${i.product}, thành viên ${i.member}, tiêu chí ${i.criterion}: ${show(i.value)} dùng dấu phẩy thập phân nên không được hiểu là số.`,
    fix: "Chọn điểm trong danh sách thả xuống.",
  },
  "score-date": {
    what: (i) =>
      `Sản phẩm ${i.product}, thành viên ${i.member}, tiêu chí ${i.criterion}: ${show(i.value)} bị hiểu là ngày tháng.`,
    fix: "Xoá ô rồi chọn điểm trong danh sách thả xuống.",
  },
  "score-error-value": {
    what: (i) =>
      `Sản phẩm ${i.product}, thành viên ${i.member}, tiêu chí ${i.criterion}: ô đang báo lỗi ${show(i.value)}.`,
    fix: "Xoá nội dung ô rồi chọn điểm trong danh sách thả xuống.",
  },
  "score-formula": {
    what: (i) =>
      `Sản phẩm ${i.product}, thành viên ${i.member}, tiêu chí ${i.criterion}: ô điểm chứa công thức ${show(i.value)} thay vì điểm đã chọn.`,
    fix: "Xoá công thức rồi chọn điểm trong danh sách thả xuống; mỗi thành viên tự chấm.",
  },
  "criteria-cell-invalid": {
    what: (i) =>
      `Bộ tiêu chí: ${show(i.value)} không hợp lệ ở cột ${i.detail ?? ""} (cần: ${i.expected ?? ""}).`,
    fix: "Sửa ô theo mẫu: Phần, Nhóm, Mã tiêu chí, Tên, Phương án, Điểm.",
  },
  "copy-conflict": {
    what: (i) =>
      `Sản phẩm ${i.product}, thành viên ${i.member}, tiêu chí ${i.criterion}: bản của thành viên ghi ${show(i.value)}, tệp chính đang ghi ${show(i.expected)}; giữ giá trị của tệp chính.`,
    fix: "Thống nhất với thành viên rồi sửa trực tiếp trên tệp chính.",
  },
  "copy-not-for-member": {
    what: (i) => `Tệp ${show(i.detail)} không phải bản phiếu của một thành viên trong hội đồng này.`,
    fix: "Chọn tệp đã được xuất cho thành viên từ đợt đánh giá này.",
  },
  "result-stale": {
    what: (i) =>
      `Trang kết quả đã cũ: điểm, sản phẩm, thành viên hoặc chính sách đã thay đổi sau lần tính lúc ${i.value}.`,
    fix: `Bấm "${c.compute}" ở thẻ "${c.computeTab}" để ghi lại trang Kết quả trước khi hội đồng ký.`,
  },
  ...viPastedIssues,
  ...viProductSetIssues,
};

const levelWords = (level: Issue["value"]): string =>
  (COUNCIL_LEVELS as readonly unknown[]).includes(level)
    ? levelName(level as CouncilLevel, "vi")
    : String(level);
const levelList = (levels: Issue["expected"]): string =>
  String(levels ?? "")
    .split(", ")
    .map((level) => levelWords(level))
    .join(", ");
