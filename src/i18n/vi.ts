import type { IssueText } from "./issueText";
import { show } from "./issueText";

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
    what: (i) => `Không biết bộ tiêu chí ${show(i.value)}.`,
    fix: "Chọn một quyết định được hỗ trợ: 1048/2019 hoặc 148/2023.",
  },
  "unknown-product-set": {
    what: (i) => `Sản phẩm ${i.product}: bộ sản phẩm ${show(i.value)} không thuộc quyết định ${i.expected}.`,
    fix: "Sửa mã bộ sản phẩm ở trang Sản phẩm cho đúng danh mục.",
  },
  "criteria-sheet-missing": {
    what: (i) => `Sản phẩm ${i.product}: chưa có phiếu tiêu chí cho bộ ${show(i.value)}.`,
    fix: "Nhập bộ tiêu chí chính thức vào trang Bộ tiêu chí rồi kiểm tra lại.",
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
      `Sản phẩm ${i.product}: thành viên ${i.member} cho ${show(i.value)} điểm, lệch hơn ${show(i.expected)} điểm so với trung bình các thành viên khác (${show(i.detail)}).`,
    fix: "Hội đồng xem lại phiếu của thành viên này; điểm vẫn được tính.",
  },
  "required-criterion-zero": {
    what: (i) =>
      `Sản phẩm ${i.product}: tiêu chí bắt buộc ${i.criterion} được 0 điểm, hạng sao bị giới hạn ở ${show(i.expected)} sao.`,
    fix: "Kiểm tra lại tiêu chí bắt buộc với hồ sơ sản phẩm.",
  },
  "dossier-incomplete": {
    what: (i) => `Sản phẩm ${i.product}: hồ sơ thiếu giấy tờ bắt buộc (${i.value}).`,
    fix: "Bổ sung giấy tờ và đánh dấu ở trang Sản phẩm.",
  },
};
