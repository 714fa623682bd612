// Header names seen in CJJ 61 deliveries (管线点成果表, 管线段成果表) and in GIS exports of them:
// Chinese names, pinyin initials used as DBF field names (DBF names are at most 10 bytes, so
// 起点埋深 often becomes QDMS), and English names. They are matched after normalising (see
// normaliseHeader): case, blanks, `_`, `-` and a trailing unit in brackets do not matter. Order
// matters: the first field whose aliases contain a column takes it.

/** Fields of a point table (管线点成果表). `x`/`y` are the ambiguous pair whose axis order is decided later. */
export const CJJ61_POINT_FIELDS = [
  'pointNumber',
  'id',
  'easting',
  'northing',
  'x',
  'y',
  'groundElevation',
  'depth',
  'invertElevation',
  'topElevation',
  'featureCode',
  'pipeType',
  'pipeSubtype',
  'feature',
  'attachment',
  'status',
] as const;
export type Cjj61PointField = (typeof CJJ61_POINT_FIELDS)[number];

/** Fields of a line table (管线段成果表). */
export const CJJ61_LINE_FIELDS = [
  'startPoint',
  'endPoint',
  'id',
  'startDepth',
  'endDepth',
  'startInvert',
  'endInvert',
  'startTop',
  'endTop',
  'size',
  'width',
  'height',
  'material',
  'burialMethod',
  'pressure',
  'voltage',
  'yearBuilt',
  'owner',
  'cableCount',
  'ductCount',
  'usedDuctCount',
  'length',
  'featureCode',
  'pipeType',
  'pipeSubtype',
] as const;
export type Cjj61LineField = (typeof CJJ61_LINE_FIELDS)[number];

const shared = {
  featureCode: ['管线点代码', '要素代码', '要素编码', '管线代码', '代码', '编码', 'featurecode', 'fcode', 'feacode', 'code', 'ysdm', 'gxdm'],
  pipeType: ['管线类型', '管线类别', '管线种类', '管线大类', '大类', '管类', '类别', '类型', 'pipetype', 'type', 'gxlx'],
  pipeSubtype: ['管线小类', '小类', '子类', '管线子类', 'pipesubtype', 'subtype', 'gxxl'],
};

/** Aliases of each point field. */
export const CJJ61_POINT_ALIASES: Record<Cjj61PointField, readonly string[]> = {
  pointNumber: ['物探点号', '管线点号', '点号', '图上点号', '外业点号', '探查点号', 'pointno', 'pointnumber', 'pointnum', 'pointid', 'ptno', 'expno', 'wtdh', 'dh'],
  id: ['id', '编号', '要素编号', 'featureid'],
  easting: ['东坐标', '东向坐标', '横坐标', 'easting', 'east', 'e', '经度', 'longitude', 'lon', 'lng'],
  northing: ['北坐标', '北向坐标', '纵坐标', 'northing', 'north', 'n', '纬度', 'latitude', 'lat'],
  x: ['x', 'x坐标', '坐标x', 'xzb', 'pointx', 'coordx'],
  y: ['y', 'y坐标', '坐标y', 'yzb', 'pointy', 'coordy'],
  groundElevation: ['地面高程', '地面标高', '地面高', '地面', '高程', 'groundh', 'groundelevation', 'ground', 'surfaceelevation', 'dmgc'],
  depth: ['埋深', '管线点埋深', '深度', '井深', '井底埋深', '管底埋深', '管顶埋深', 'depth', 'ms'],
  invertElevation: ['管底高程', '管底标高', '管内底高程', '井底高程', 'invert', 'invertelevation', 'gdgc'],
  topElevation: ['管顶高程', '管顶标高', 'topelevation'],
  featureCode: shared.featureCode,
  pipeType: shared.pipeType,
  pipeSubtype: shared.pipeSubtype,
  feature: ['特征', '特征点', '特征点名称', '管线点特征', 'feature', 'feat', 'tz', 'tzd'],
  attachment: ['附属物', '附属物名称', '附属设施', '附属', 'attachment', 'appendant', 'appurtenance', 'fsw'],
  status: ['阀门状态', '开关状态', '状态', 'status', 'valvestatus', 'zt'],
};

/** Aliases of each line field. */
export const CJJ61_LINE_ALIASES: Record<Cjj61LineField, readonly string[]> = {
  startPoint: ['起点点号', '起点物探点号', '起始点号', '起点号', '起点', 'startpoint', 'startpointno', 'startno', 'start', 'spoint', 'fromnode', 'from', 'qdh', 'qddh'],
  endPoint: ['终点点号', '终点物探点号', '终止点号', '终点号', '终点', '连接点号', '连接点', 'endpoint', 'endpointno', 'endno', 'end', 'epoint', 'tonode', 'to', 'zdh', 'zddh', 'ljdh'],
  id: ['管线编号', '管段编号', '线编号', '编号', 'id', 'lineid', 'lineno', 'segmentid'],
  startDepth: ['起点埋深', '起始埋深', 'startdepth', 'sdepth', 'qdms'],
  endDepth: ['终点埋深', '终止埋深', 'enddepth', 'edepth', 'zdms'],
  startInvert: ['起点管底高程', '起点管底标高', '起点管内底高程', '起点高程', 'startinvert', 'sinvert', 'qdgdgc'],
  endInvert: ['终点管底高程', '终点管底标高', '终点管内底高程', '终点高程', 'endinvert', 'einvert', 'zdgdgc'],
  startTop: ['起点管顶高程', '起点管顶标高', 'starttop'],
  endTop: ['终点管顶高程', '终点管顶标高', 'endtop'],
  size: ['管径', '断面', '断面尺寸', '管径或断面尺寸', '管径断面', '规格', '管径规格', '尺寸', 'size', 'diameter', 'dia', 'pipesize', 'dn', 'gj', 'dmcc', 'gg'],
  width: ['宽', '宽度', '断面宽', '沟宽', 'width', 'kd'],
  height: ['高', '高度', '断面高', '沟高', 'height'],
  material: ['材质', '管材', '材料', '管线材质', 'material', 'pipematerial', 'pipemat', 'mat', 'cz'],
  burialMethod: ['埋设方式', '埋设类型', '敷设方式', '埋设方法', 'burialmethod', 'burial', 'layingmethod', 'msfs'],
  pressure: ['压力', '压力等级', '设计压力', 'pressure', 'pressureclass', 'yl'],
  voltage: ['电压', '电压等级', 'voltage', 'dy'],
  yearBuilt: ['埋设年代', '埋设日期', '建设年代', '敷设年代', '建设日期', '竣工日期', '年代', 'yearbuilt', 'year', 'buildyear', 'installyear', 'msnd', 'msrq'],
  owner: ['权属单位', '权属', '管理单位', '产权单位', 'owner', 'ownership', 'qsdw'],
  cableCount: ['电缆条数', '条数', '电缆根数', 'cablecount', 'cables', 'dlts'],
  ductCount: ['孔数', '总孔数', '管孔数', 'ductcount', 'holes', 'ks', 'zks'],
  usedDuctCount: ['已用孔数', '占用孔数', 'usedducts', 'usedductcount', 'yyks'],
  length: ['长度', '管长', '管段长度', '管线长度', 'length', 'len', 'shapeleng', 'shapelength', 'cd'],
  featureCode: shared.featureCode,
  pipeType: shared.pipeType,
  pipeSubtype: shared.pipeSubtype,
};
