// Where the urban-management (数字化城市管理) code lists come from. The printed GB/T 30428 parts were
// not at hand when these lists were written, so no value is marked verified. Three grades of
// evidence are told apart in `source`, so a reviewer with the standard knows where to look first:
// a value recalled and seen with the same code in two independent public system catalogues, a
// value seen in one catalogue only, and a value recalled with no catalogue to compare.

/** The unit-grid code structure of GB/T 30428.1. */
export const GB_T_30428_1_RECALLED =
  'GB/T 30428.1-2013 数字化城市管理信息系统 第1部分：单元网格, 单元网格编码 (15 digits; the same structure is in CJ/T 213-2005); recalled, not checked against the printed standard';

/** The component code structure of GB/T 30428.2. */
export const GB_T_30428_2_STRUCTURE_RECALLED =
  'GB/T 30428.2-2013 数字化城市管理信息系统 第2部分：管理部件和事件, 部件标识码 (16 digits; the same structure is in CJ/T 214-2007; a public Suzhou component record 3205080101000001 上水井盖 fits it); recalled, not checked against the printed standard';

/** A class code recalled and given the same code by two independent public system catalogues. */
export const GB_T_30428_2_TWO_CATALOGUES =
  'GB/T 30428.2-2013 class tables (CJ/T 214-2007 numbering), recalled; the same code appears in two independent public city-management system catalogues (a Beijing district client and a Shanghai or WeChat reporting client), which also carry local extensions; not checked against the printed standard';

/** A class code seen in one public system catalogue only. */
export const GB_T_30428_2_ONE_CATALOGUE =
  'GB/T 30428.2-2013 class tables (CJ/T 214-2007 numbering); code seen in one public city-management system catalogue only, which mixes national and local classes; not checked against the printed standard';

/** A class recalled with no catalogue to compare. */
export const GB_T_30428_2_RECALLED =
  'GB/T 30428.2-2013 class tables, recalled only; no catalogue at hand to compare; not checked against the printed standard';

/** The province prefixes of GB/T 2260. */
export const GB_T_2260_RECALLED = 'GB/T 2260 中华人民共和国行政区划代码, first two digits (省级); recalled';

/** The ranges of the 3-digit town and community codes. */
export const GB_T_10114_RECALLED =
  'GB/T 10114 县级以下行政区划代码编制规则 and the NBS 统计用区划代码 ranges (town 001-099 街道, 100-199 镇, 200-399 乡; community 001-199 居委会, 200-399 村委会); recalled, not checked';

/** Handling deadlines: defaults of this library in the style of local practice. */
export const LOCAL_PRACTICE_DEADLINES =
  'cimtwin default in the style of city 立案结案标准 (GB/T 30428.4-2016 leaves per-class 处置时限 to such tables; none of its values are copied here); configure per city';
