/** Languages the viewer speaks; Chinese is the default. */
export type Language = 'zh' | 'en';

/** Every language, in the order the language toggle cycles through them. */
export const LANGUAGES: readonly Language[] = ['zh', 'en'];

const ZH = {
  appTitle: '城市信息模型',
  layers: '图层',
  attributes: '属性',
  legend: '建筑高度',
  buildings: '建筑',
  roads: '道路',
  landuse: '用地',
  water: '水系',
  name: '名称',
  height: '高度',
  kind: '类型',
  heightSource: '高度来源',
  sourceId: '来源编号',
  id: '编号',
  unnamed: '（无名称）',
  noSelection: '点击建筑查看属性',
  loading: '加载中…',
  noLayers: '暂无图层',
  noTiles: '无三维瓦片',
  layerFailed: '加载失败',
  loadFailed: '无法加载图层列表',
  featureFailed: '无法读取要素属性',
  unknownHeight: '未知',
  metres: '米',
  switchLanguage: 'English',
  clearSelection: '关闭',
  bimModels: 'BIM 模型',
  spaces: '空间',
  flyToModel: '定位',
  modelBrowser: '模型结构',
  section: '剖切',
  sectionHeight: '剖切高度',
  isolate: '单独',
  showAllStoreys: '全部楼层',
  elementClasses: '构件类别',
  storey: '楼层',
  ifcClass: '类别',
  globalId: 'GlobalId',
  quantitySets: '工程量',
  materials: '材料',
  classifications: '分类',
  elementFailed: '无法读取构件属性',
  noModelShown: '打开一个 BIM 模型以查看其结构',
  yes: '是',
  no: '否',
  review: '模型审查',
  rulePacks: '规则包',
  idsFile: 'IDS 文件（可选）',
  runReview: '运行审查',
  reviewQueued: '排队中',
  reviewRunning: '审查中',
  reviewPickRules: '请选择规则包或 IDS 文件',
  reviewRunFailed: '审查未能运行',
  reviewLoadFailed: '无法读取审查结果',
  rulePacksFailed: '无法读取规则包',
  earlierReviews: '历史审查',
  noEarlierReviews: '暂无审查记录',
  openReview: '打开',
  verdictPass: '通过',
  verdictFail: '不通过',
  statusPass: '通过',
  statusFail: '不通过',
  statusNotApplicable: '不适用',
  severityError: '错误',
  severityWarning: '警告',
  severityInfo: '提示',
  failedChecks: '未通过检查',
  findings: '问题',
  inScope: '适用',
  passedCount: '通过',
  failedCount: '不通过',
  colourByResult: '按结果着色',
  htmlReport: '打印报告',
  bcfDownload: '下载 BCF',
  measured: '实测',
  required: '要求',
  leftOut: '未检查',
  wholeModel: '整个模型',
  moreFindings: '未列出的问题',
} as const;

/** Keys of the label dictionaries. */
export type LabelKey = keyof typeof ZH;

const EN: Record<LabelKey, string> = {
  appTitle: 'City information model',
  layers: 'Layers',
  attributes: 'Attributes',
  legend: 'Building height',
  buildings: 'Buildings',
  roads: 'Roads',
  landuse: 'Land use',
  water: 'Water',
  name: 'Name',
  height: 'Height',
  kind: 'Kind',
  heightSource: 'Height source',
  sourceId: 'Source id',
  id: 'Id',
  unnamed: '(unnamed)',
  noSelection: 'Click a building to see its attributes',
  loading: 'Loading…',
  noLayers: 'No layers',
  noTiles: 'no 3D tiles',
  layerFailed: 'failed to load',
  loadFailed: 'Could not load the layer list',
  featureFailed: 'Could not read the feature attributes',
  unknownHeight: 'unknown',
  metres: 'm',
  switchLanguage: '中文',
  clearSelection: 'Close',
  bimModels: 'BIM models',
  spaces: 'Spaces',
  flyToModel: 'Go to',
  modelBrowser: 'Model structure',
  section: 'Section',
  sectionHeight: 'Section height',
  isolate: 'Only',
  showAllStoreys: 'All storeys',
  elementClasses: 'Element classes',
  storey: 'Storey',
  ifcClass: 'Class',
  globalId: 'GlobalId',
  quantitySets: 'Quantities',
  materials: 'Materials',
  classifications: 'Classifications',
  elementFailed: 'Could not read the element',
  noModelShown: 'Open a BIM model to see its structure',
  yes: 'yes',
  no: 'no',
  review: 'Model review',
  rulePacks: 'Rule packs',
  idsFile: 'IDS file (optional)',
  runReview: 'Run review',
  reviewQueued: 'Queued',
  reviewRunning: 'Reviewing',
  reviewPickRules: 'Pick a rule pack or an IDS file',
  reviewRunFailed: 'The review could not run',
  reviewLoadFailed: 'Could not read the review',
  rulePacksFailed: 'Could not read the rule packs',
  earlierReviews: 'Earlier reviews',
  noEarlierReviews: 'No reviews yet',
  openReview: 'Open',
  verdictPass: 'Passed',
  verdictFail: 'Failed',
  statusPass: 'pass',
  statusFail: 'fail',
  statusNotApplicable: 'not applicable',
  severityError: 'error',
  severityWarning: 'warning',
  severityInfo: 'info',
  failedChecks: 'failed checks',
  findings: 'findings',
  inScope: 'in scope',
  passedCount: 'passed',
  failedCount: 'failed',
  colourByResult: 'Colour by result',
  htmlReport: 'Printable report',
  bcfDownload: 'Download BCF',
  measured: 'measured',
  required: 'required',
  leftOut: 'left out',
  wholeModel: 'whole model',
  moreFindings: 'findings not listed',
};

const DICTIONARIES: Record<Language, Record<LabelKey, string>> = { zh: ZH, en: EN };

/** The UI label for `key` in `language`. */
export function label(language: Language, key: LabelKey): string {
  return DICTIONARIES[language][key];
}

/** Whether `value` names a supported language. */
export function isLanguage(value: string | null | undefined): value is Language {
  return value !== null && value !== undefined && (LANGUAGES as readonly string[]).includes(value);
}

/** Layer kinds and feature properties with a translated label, and the label key of each. */
const KIND_LABELS: Record<string, LabelKey> = {
  buildings: 'buildings',
  roads: 'roads',
  landuse: 'landuse',
  water: 'water',
};

const PROPERTY_LABELS: Record<string, LabelKey> = {
  name: 'name',
  height: 'height',
  kind: 'kind',
  height_source: 'heightSource',
  source_id: 'sourceId',
  id: 'id',
};

/** The translated label of a layer kind, or undefined for kinds without one. */
export function kindLabel(language: Language, kind: string): string | undefined {
  const key = KIND_LABELS[kind];
  return key ? label(language, key) : undefined;
}

/** The translated label of a feature property; unknown properties keep their own name. */
export function propertyLabel(language: Language, property: string): string {
  const key = PROPERTY_LABELS[property];
  return key ? label(language, key) : property;
}
