import type { RoomType } from '@cimtwin/schemas';

// Room types from the words designers put in space names, in Chinese, English and German
// (the reference models are German). A name often holds two room words ("主卧卫生间" is the
// master bedroom's bathroom, "Wohnküche" a kitchen-living room): the types are tried in a
// fixed priority, service rooms before the rooms they serve, so the room is what the name's
// head noun says. Matching by position (the Chinese head noun comes last) was tried and
// dropped: it misreads "Wohnen/Essen" and other slash-joined Latin names.

interface RoomTypeTerms {
  type: RoomType;
  pattern: RegExp;
}

const TERMS: RoomTypeTerms[] = [
  { type: 'balcony', pattern: /阳台|露台|balcon|terrace|loggia|balkon|terrasse/i },
  { type: 'bathroom', pattern: /卫生间|浴室|淋浴|主卫|次卫|公卫|bath|shower|badezimmer|(^|[^a-z])bad([^a-z]|$)|dusche/i },
  { type: 'toilet', pattern: /厕所|洗手间|盥洗|(^|[^a-z])wc([^a-z]|$)|toilet|lavatory|powder room|abort/i },
  { type: 'kitchen', pattern: /厨房|kitchen|küche|kueche|kochnische/i },
  { type: 'storage', pattern: /储藏|储物|贮藏|衣帽间|store ?room|storage|closet|abstell|lager|keller|garderobe/i },
  { type: 'stair', pattern: /楼梯|stair|treppe/i },
  { type: 'corridor', pattern: /走道|走廊|过道|通道|corridor|hallway|passage|flur|korridor|diele|(^|[^a-z])gang([^a-z]|$)/i },
  { type: 'bedsitter', pattern: /兼起居的卧室|起居卧室|bedsit|studio|wohnschlaf|einzimmer/i },
  { type: 'bedroom-double', pattern: /主卧|双人卧|主人房|master ?bed|double ?bed|elternschlaf/i },
  { type: 'bedroom-single', pattern: /单人卧|儿童房|儿童卧|老人房|single ?bed|kinderzimmer|kids? ?room|child/i },
  { type: 'bedroom', pattern: /卧室|次卧|客卧|卧房|bed ?room|schlafzimmer|schlafraum/i },
  { type: 'living-room', pattern: /起居|客厅|客餐厅|living|lounge|sitting ?room|wohnzimmer|wohnraum|(^|[^a-z])wohnen([^a-z]|$)/i },
  { type: 'dining-room', pattern: /餐厅|饭厅|dining|esszimmer|(^|[^a-z])essen([^a-z]|$)/i },
  { type: 'assembly-hall', pattern: /观众厅|展览厅|展厅|多功能厅|营业厅|会议厅|报告厅|宴会厅|auditorium|exhibition|multi-?purpose|ballroom|sales floor|theat(er|re)|cinema|(^|[^a-z])saal([^a-z]|$)/i },
  { type: 'study', pattern: /书房|工作室|办公|study|office|büro|buero|arbeitszimmer/i },
];

/** What a space name says the room is, with the text and term that said it. */
export interface RecognisedRoomType {
  type: RoomType;
  text: string;
  term: string;
}

/**
 * The room type the names of a space say, or null when none of them is recognised.
 * `names` are tried as given (name, long name, object type, …); the first recognised wins.
 */
export function recognizeRoomType(names: readonly string[]): RecognisedRoomType | null {
  for (const text of names) {
    for (const { type, pattern } of TERMS) {
      const match = pattern.exec(text);
      if (match) return { type, text, term: match[0].replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '') };
    }
  }
  return null;
}

/** Dwelling rooms: a model with any of them is taken as residential when the use is `auto`. */
export const DWELLING_ROOM_TYPES: ReadonlySet<RoomType> = new Set(['bedroom-double', 'bedroom-single', 'bedroom', 'bedsitter', 'living-room', 'kitchen']);
