// Traditional characters of place names and address words, with their simplified forms, for
// addresses written in traditional characters (Hong Kong, Taiwan, older documents: 海澱區,
// 榮縣雙石鎮). A hand-picked table, not a converter: only characters whose simplified form is
// the same for every use in addresses. Left out on purpose are those that are also ordinary
// simplified characters of official names (乾 of 乾县, 於, 著, 徵, 藉) and those with two
// simplified forms depending on the word (發/髮, 後, 鬆, 闆, 麼).
const PAIRS = [
  '組组區区縣县鎮镇鄉乡號号樓楼層层棟栋單单門门廳厅場场園园廠厂廣广館馆醫医學学銀银電电話话郵邮編编莊庄壩坝灘滩溝沟灣湾橋桥濱滨陽阳陰阴嶺岭島岛嶼屿礦矿鐵铁鋼钢農农業业開开關关華华國国際际貿贸廈厦務务',
  '麗丽豐丰寶宝興兴達达雙双榮荣澱淀薊蓟長长東东車车軍军陳陈萊莱濰潍濤涛滄沧蕪芜錫锡蘇苏盤盘龍龙鳳凤鶴鹤鹽盐齊齐濟济韓韩應应懷怀壽寿歸归臨临邊边遠远運运進进遷迁連连鄰邻鄧邓鄭郑陸陆隴陇隨随雞鸡靜静',
  '順顺頭头風风飛飞馬马驛驿魚鱼鳥鸟麥麦黃黄崗岗嵐岚廟庙廬庐徑径淺浅溫温滙汇滿满漁渔潛潜潤润澗涧澤泽瀏浏瀘泸灤滦爐炉獅狮環环產产畝亩當当禮礼窯窑築筑紅红紡纺經经綠绿維维線线總总織织羅罗義义聖圣聯联',
  '臺台與与舊旧蓮莲薈荟藍蓝蘆芦處处衛卫裝装觀观誠诚證证護护貝贝財财貨货貴贵賓宾賢贤質质贛赣趙赵躍跃輝辉轉转這这鋪铺錦锦鎖锁鐘钟閘闸閣阁闊阔陣阵隊队階阶雲云靈灵頂顶項项領领頤颐顏颜類类飯饭養养餘余',
  '鵬鹏鹹咸黨党齡龄滬沪閩闽粵粤瓊琼陝陕遼辽寧宁瀋沈烏乌魯鲁漢汉嶽岳劉刘楊杨張张吳吴謝谢許许蕭萧馮冯葉叶盧卢蔣蒋賈贾閻阎錢钱湯汤萬万龔龚嚴严塢坞蘭兰猶犹彎弯鎔镕銅铜鋁铝鎢钨擴扩樂乐網网歷历為为實实',
  '體体會会員员憲宪黌黉書书畫画藝艺術术劇剧聽听識识讀读簡简團团圖图',
].join('');

/** Traditional character -> simplified character, from the table above. */
export const TRADITIONAL_TO_SIMPLIFIED: Readonly<Record<string, string>> = (() => {
  const map: Record<string, string> = {};
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) if (chars[i] !== chars[i + 1]) map[chars[i]] = chars[i + 1];
  return map;
})();
