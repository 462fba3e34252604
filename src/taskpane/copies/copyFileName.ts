/** "Phieu-M2-Tran Thi Binh.xlsx": a file name every mail client and file system accepts, still readable. */
export function copyFileName(memberId: string, memberName: string): string {
  const plain = memberName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9 _-]/g, "")
    .trim()
    .slice(0, 60);
  return `OCOP-${memberId}${plain ? `-${plain}` : ""}.xlsx`;
}
