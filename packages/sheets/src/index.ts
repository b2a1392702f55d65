export {
  cellText,
  readSheetRows,
  recountRegisterSheet,
  type SheetInput,
  SheetReadError,
  type SheetRow,
} from './read.js';
