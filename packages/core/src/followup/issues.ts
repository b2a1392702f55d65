import type { Show } from '../messages/types.js';
import type { InputIssue } from '../parse/issues.js';

type FollowUpIssueCode = Extract<InputIssue['code'], `followup.${string}`>;
type IssueWording = Record<FollowUpIssueCode, (issue: InputIssue, show: Show) => string>;

/** Problems of a follow-up file, in Vietnamese. Recommendations are numbered from 0 in the file. */
export const followUpIssuesVi: IssueWording = {
  'followup.duplicate': (i, s) =>
    `${s.path(i.path)}: kiến nghị số ${i.params.recommendation} đã được theo dõi ở followUps[${i.params.first}]; mỗi kiến nghị chỉ ghi một lần, các bước nối tiếp trong "entries".`,
  'followup.no-recommendation': (i, s) =>
    Number(i.params.count) === 0
      ? `${s.path(i.path)}: cuộc giám sát "${i.params.supervision}" không có kiến nghị nào.`
      : `${s.path(i.path)}: cuộc giám sát "${i.params.supervision}" chỉ có ${i.params.count} kiến nghị (số từ 0 đến ${Number(i.params.count) - 1}), nhận được ${i.received}.`,
  'followup.no-part': (i, s) =>
    `${s.path(i.path)}: kiến nghị số ${i.params.recommendation} không có phần ${i.received}${i.params.parts ? `; các phần: ${i.params.parts}` : '; kiến nghị này không chia phần'}.`,
};

/** Problems of a follow-up file, in English. */
export const followUpIssuesEn: IssueWording = {
  'followup.duplicate': (i, s) =>
    `${s.path(i.path)}: recommendation ${i.params.recommendation} is already followed in followUps[${i.params.first}]; list each recommendation once, its steps under "entries".`,
  'followup.no-recommendation': (i, s) =>
    Number(i.params.count) === 0
      ? `${s.path(i.path)}: supervision "${i.params.supervision}" has no recommendations.`
      : `${s.path(i.path)}: supervision "${i.params.supervision}" has only ${i.params.count} recommendation(s) (numbered 0 to ${Number(i.params.count) - 1}), received ${i.received}.`,
  'followup.no-part': (i, s) =>
    `${s.path(i.path)}: recommendation ${i.params.recommendation} has no part ${i.received}${i.params.parts ? `; its parts: ${i.params.parts}` : '; it has no parts'}.`,
};
