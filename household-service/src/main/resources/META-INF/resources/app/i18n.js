// The app's words, in Vietnamese first and in English; the choice is kept on the device.
const WORDS = {
  vi: {
    title: 'Rà soát hộ nghèo', signIn: 'Đăng nhập', signInWithProvider: 'Đăng nhập bằng tài khoản của tỉnh',
    signInAgain: 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại: dữ liệu đang chờ gửi vẫn được giữ nguyên.',
    tokenLabel: 'Mã đăng nhập (môi trường thử: deploy/local/platform token)', useToken: 'Dùng mã này',
    badToken: 'Mã này không dùng được: cần vai trò cán bộ xã hoặc chủ tịch xã và mã xã.',
    waiting: 'bản ghi đang chờ gửi', signOut: 'Đăng xuất', commune: 'Xã',
    download: 'Tải dữ liệu của xã', downloaded: 'Đã tải', households: 'hộ', noDownload: 'Chưa tải dữ liệu. Hãy tải khi có mạng.',
    round: 'Đợt rà soát', noRound: 'Xã chưa mở đợt rà soát nào.', standard: 'Chuẩn nghèo', listYear: 'Danh sách năm',
    survey: 'Khảo sát hộ', newHousehold: 'Hộ mới', changes: 'Biến động hộ', queue: 'Hàng đợi & đồng bộ', chair: 'Chủ tịch xã',
    search: 'Tìm theo tên chủ hộ hoặc thôn (không cần dấu)', back: '← Quay lại', save: 'Lưu vào hàng đợi',
    saved: 'Đã lưu trên máy. Sẽ gửi khi có mạng.', surveyDate: 'Ngày khảo sát', income: 'Thu nhập bình quân người/tháng (đồng)',
    deprived: 'Chỉ số thiếu hụt (đánh dấu nếu "có")', meetingPresent: 'Số người dự họp thôn', meetingAgreed: 'Số người đồng ý',
    classIs: 'Kết quả theo chuẩn', cutoff: 'ngưỡng thiếu hụt', line: 'chuẩn thu nhập', village: 'Thôn, bản, tổ dân phố',
    members: 'Nhân khẩu (chủ hộ trước)', fullName: 'Họ và tên', birthYear: 'Năm sinh', sex: 'Giới tính', male: 'Nam', female: 'Nữ',
    ethnicity: 'Dân tộc', relation: 'Quan hệ với chủ hộ', insured: 'Có thẻ BHYT', personalId: 'Số CCCD (12 số)', addMember: '+ Thêm nhân khẩu',
    sync: 'Gửi lên', syncing: 'Đang gửi…', offline: 'Không có mạng: dữ liệu vẫn ở trên máy, hãy gửi lại sau.',
    synced: 'Đã gửi', PENDING: 'Chờ gửi', SENDING: 'Đang gửi (chờ xác nhận)', ACCEPTED: 'Đã nhận', RETURNED: 'Trả lại để khảo sát lại',
    REJECTED: 'Bị từ chối — sửa và gửi lại', CONFLICT: 'Xung đột: hộ đã thay đổi trên máy chủ', PROPOSED: 'Đã đề nghị, chờ phê duyệt',
    edit: 'Sửa', reload: 'Tải lại hộ và xem lại', nothing: 'Hàng đợi trống.', language: 'English',
    POOR: 'Hộ nghèo', NEAR_POOR: 'Hộ cận nghèo', AVERAGE_LIVING: 'Hộ có mức sống trung bình', NOT_POOR: 'Không nghèo',
    HEAD: 'Chủ hộ', SPOUSE: 'Vợ/chồng', CHILD: 'Con', PARENT: 'Bố/mẹ', GRANDCHILD: 'Cháu', OTHER: 'Khác',
    changeKind: 'Loại biến động', reason: 'Lý do', effectiveDate: 'Ngày phát sinh', member: 'Nhân khẩu',
    MEMBER_ADDED: 'Thêm nhân khẩu (sinh, nhập khẩu)', MEMBER_REMOVED: 'Bớt nhân khẩu (chết, chuyển đi)',
    SPLIT: 'Tách hộ', TRANSFER: 'Chuyển đến xã khác trong tỉnh', destination: 'Mã xã chuyển đến (5 số)',
    newHead: 'Chủ hộ mới (khi chủ hộ chuyển đi, mất)', leaving: 'Những người tách ra', splitHead: 'Chủ hộ của hộ tách ra',
    results: 'Kết quả đợt rà soát', decisionList: 'Danh sách sẽ công nhận', decisionNumber: 'Số quyết định',
    decisionDate: 'Ngày quyết định', decide: 'Ghi quyết định công nhận', decided: 'Đã quyết định',
    fieldError: 'Cần sửa', chooseHousehold: 'Chọn hộ',
    beingSent: 'Bản ghi này đang được gửi: chờ kết quả rồi sửa.', missingHousehold: 'Máy chưa có hộ này: hãy tải lại dữ liệu của xã.',
    signInToSend: 'Phiên đăng nhập đã hết hạn: vẫn khảo sát được; đăng nhập lại khi gửi.',
  },
  en: {
    title: 'Poverty review', signIn: 'Sign in', signInWithProvider: 'Sign in with the province account',
    signInAgain: 'Your sign-in has expired. Sign in again: everything waiting to be sent is kept.',
    tokenLabel: 'Sign-in token (local stack: deploy/local/platform token)', useToken: 'Use this token',
    badToken: 'This token cannot be used: it needs the commune officer or chair role and a commune code.',
    waiting: 'records waiting to be sent', signOut: 'Sign out', commune: 'Commune',
    download: "Download the commune's data", downloaded: 'Downloaded', households: 'households', noDownload: 'Nothing downloaded yet. Download while online.',
    round: 'Review round', noRound: 'The commune has no review round open.', standard: 'Poverty standard', listYear: 'List of',
    survey: 'Survey a household', newHousehold: 'New household', changes: 'Household changes', queue: 'Queue & sync', chair: 'Commune chair',
    search: 'Search by head of household or village (diacritics optional)', back: '← Back', save: 'Save to the queue',
    saved: 'Saved on this device. It will be sent when online.', surveyDate: 'Survey date', income: 'Monthly income per person (VND)',
    deprived: 'Deprivations (tick when "yes")', meetingPresent: 'People at the village meeting', meetingAgreed: 'People who agreed',
    classIs: 'Class under the standard', cutoff: 'deprivation cut-off', line: 'income line', village: 'Village',
    members: 'Members (head first)', fullName: 'Full name', birthYear: 'Year of birth', sex: 'Sex', male: 'Male', female: 'Female',
    ethnicity: 'Ethnicity', relation: 'Relation to the head', insured: 'Has health insurance', personalId: 'Identity number (12 digits)', addMember: '+ Add a member',
    sync: 'Send', syncing: 'Sending…', offline: 'No network: the data stays on this device; send again later.',
    synced: 'Sent', PENDING: 'Waiting', SENDING: 'Sent (awaiting answer)', ACCEPTED: 'Accepted', RETURNED: 'Returned for re-survey',
    REJECTED: 'Rejected — correct and resend', CONFLICT: 'Conflict: the household changed on the server', PROPOSED: 'Proposed, awaiting approval',
    edit: 'Correct', reload: 'Reload the household and check', nothing: 'The queue is empty.', language: 'Tiếng Việt',
    POOR: 'Poor', NEAR_POOR: 'Near-poor', AVERAGE_LIVING: 'Average living standard', NOT_POOR: 'Not poor',
    HEAD: 'Head', SPOUSE: 'Spouse', CHILD: 'Child', PARENT: 'Parent', GRANDCHILD: 'Grandchild', OTHER: 'Other',
    changeKind: 'Kind of change', reason: 'Reason', effectiveDate: 'Date it happened', member: 'Member',
    MEMBER_ADDED: 'Member added (birth, moved in)', MEMBER_REMOVED: 'Member removed (death, moved out)',
    SPLIT: 'Household split', TRANSFER: 'Moved to another commune of the province', destination: 'Destination commune code (5 digits)',
    newHead: 'New head (when the head leaves)', leaving: 'Members who leave', splitHead: 'Head of the new household',
    results: "The round's results", decisionList: 'The list to be recognised', decisionNumber: 'Decision number',
    decisionDate: 'Decision date', decide: 'Record the recognition decision', decided: 'Decided',
    fieldError: 'To correct', chooseHousehold: 'Choose a household',
    beingSent: 'This record is being sent: wait for its answer, then correct it.', missingHousehold: 'This household is not on the device: download the commune again.',
    signInToSend: 'Your sign-in has expired: you can still survey; sign in again to send.',
  },
};

let lang = localStorage.getItem('lang') === 'en' ? 'en' : 'vi';
export const language = () => lang;
export const t = (key) => WORDS[lang][key] || WORDS.vi[key] || key;
export function toggle() {
  lang = lang === 'vi' ? 'en' : 'vi';
  localStorage.setItem('lang', lang);
  document.documentElement.lang = lang;
}
export function apply(root) {
  document.documentElement.lang = lang;
  root.querySelectorAll('[data-t]').forEach((el) => { el.textContent = t(el.dataset.t); });
  root.querySelectorAll('[data-t-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.tPlaceholder); });
}
/** Folds Vietnamese to plain letters for searching typed without diacritics. */
export const fold = (s) => (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
