// Writes a large synthetic IFC4 building for the large-model benchmark: `storeys` floors of an
// `nx` × `ny` grid of 6 m rooms, each room with two walls (each with a window opening and a
// window, the window geometry shared through an IfcMappedItem as exporters do for types), a
// floor slab, a column and an IfcSpace, with property and quantity sets on walls and spaces.
// About 5 KB of STEP text per room; the text is streamed to the file, never held whole.
import fs from 'node:fs';
import { once } from 'node:events';

/** Size of the generated building. */
export interface SyntheticBuilding {
  storeys: number;
  nx: number;
  ny: number;
}

/** A building of roughly `megabytes` of IFC text. */
export function buildingOfSize(megabytes: number): SyntheticBuilding {
  const rooms = Math.max(1, Math.round((megabytes * 1048576) / 5000));
  const storeys = Math.max(1, Math.min(60, Math.round(Math.cbrt(rooms / 4))));
  const side = Math.max(1, Math.ceil(Math.sqrt(rooms / storeys)));
  return { storeys, nx: side, ny: side };
}

const ROOM = 6000;
const STOREY_HEIGHT = 3200;

/** 22 characters of the IFC GlobalId alphabet, unique per number. */
function globalId(n: number): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$';
  let text = '';
  let value = n;
  for (let i = 0; i < 8; i++) {
    text = alphabet[value % 64] + text;
    value = Math.floor(value / 64);
  }
  return `3Syn${'0'.repeat(10)}${text}`;
}

/** Writes the building to `file`; resolves to the number of elements written. */
export async function generateIfcBuilding(file: string, building: SyntheticBuilding): Promise<{ elements: number; bytes: number }> {
  const out = fs.createWriteStream(file);
  let buffer = '';
  let bytes = 0;
  const write = async (text: string) => {
    buffer += text;
    if (buffer.length > 1 << 20) await flush();
  };
  const flush = async () => {
    bytes += Buffer.byteLength(buffer);
    if (!out.write(buffer)) await once(out, 'drain');
    buffer = '';
  };
  let id = 100;
  let guid = 0;
  let elements = 0;
  const line = async (entity: string): Promise<number> => {
    id++;
    await write(`#${id}=${entity};\n`);
    return id;
  };
  const root = () => `'${globalId(++guid)}',#5`;

  await write(`ISO-10303-21;
HEADER;
FILE_DESCRIPTION(('ViewDefinition [ReferenceView]'),'2;1');
FILE_NAME('synthetic-building.ifc','2026-01-01T00:00:00',(''),(''),'cimtwin','cimtwin','');
FILE_SCHEMA(('IFC4'));
ENDSEC;
DATA;
#1=IFCPERSON($,'cimtwin',$,$,$,$,$,$);
#2=IFCORGANIZATION($,'cimtwin',$,$,$);
#3=IFCPERSONANDORGANIZATION(#1,#2,$);
#4=IFCAPPLICATION(#2,'1','cimtwin','cimtwin');
#5=IFCOWNERHISTORY(#3,#4,$,.ADDED.,$,$,$,1700000000);
#10=IFCSIUNIT(*,.LENGTHUNIT.,.MILLI.,.METRE.);
#11=IFCSIUNIT(*,.AREAUNIT.,$,.SQUARE_METRE.);
#12=IFCSIUNIT(*,.VOLUMEUNIT.,$,.CUBIC_METRE.);
#13=IFCSIUNIT(*,.PLANEANGLEUNIT.,$,.RADIAN.);
#14=IFCUNITASSIGNMENT((#10,#11,#12,#13));
#20=IFCCARTESIANPOINT((0.,0.,0.));
#21=IFCDIRECTION((0.,0.,1.));
#22=IFCDIRECTION((1.,0.,0.));
#23=IFCAXIS2PLACEMENT3D(#20,#21,#22);
#24=IFCDIRECTION((0.,1.));
#25=IFCGEOMETRICREPRESENTATIONCONTEXT($,'Model',3,1.E-05,#23,#24);
#26=IFCGEOMETRICREPRESENTATIONSUBCONTEXT('Body','Model',*,*,*,*,#25,$,.MODEL_VIEW.,$);
#27=IFCDIRECTION((0.,0.,-1.));
#28=IFCDIRECTION((0.,1.,0.));
#30=IFCPROJECT('${globalId(++guid)}',#5,'Synthetic building',$,$,$,$,(#25),#14);
#31=IFCLOCALPLACEMENT($,#23);
#32=IFCSITE('${globalId(++guid)}',#5,'Site',$,$,#31,$,$,.ELEMENT.,(31,14,24,0),(121,30,0,0),4000.,$,$);
#33=IFCLOCALPLACEMENT(#31,#23);
#34=IFCBUILDING('${globalId(++guid)}',#5,'Synthetic building',$,$,#33,$,$,.ELEMENT.,$,$,$);
#35=IFCRELAGGREGATES('${globalId(++guid)}',#5,$,$,#30,(#32));
#36=IFCRELAGGREGATES('${globalId(++guid)}',#5,$,$,#32,(#34));
#40=IFCRECTANGLEPROFILEDEF(.AREA.,$,#41,${ROOM}.,200.);
#42=IFCCARTESIANPOINT((${ROOM / 2}.,100.));
#41=IFCAXIS2PLACEMENT2D(#42,$);
#43=IFCRECTANGLEPROFILEDEF(.AREA.,$,#44,${ROOM}.,${ROOM}.);
#45=IFCCARTESIANPOINT((${ROOM / 2}.,${ROOM / 2}.));
#44=IFCAXIS2PLACEMENT2D(#45,$);
#46=IFCCIRCLEPROFILEDEF(.AREA.,$,#47,200.);
#48=IFCCARTESIANPOINT((0.,0.));
#47=IFCAXIS2PLACEMENT2D(#48,$);
#50=IFCBLOCK(#23,1200.,400.,1500.);
#51=IFCCSGSOLID(#50);
#52=IFCSHAPEREPRESENTATION(#26,'Body','CSG',(#51));
#53=IFCCARTESIANPOINT((0.,150.,0.));
#54=IFCAXIS2PLACEMENT3D(#53,#21,#22);
#55=IFCBLOCK(#54,1200.,100.,1500.);
#56=IFCCSGSOLID(#55);
#57=IFCSHAPEREPRESENTATION(#26,'Body','CSG',(#56));
#58=IFCREPRESENTATIONMAP(#23,#57);
#59=IFCCARTESIANTRANSFORMATIONOPERATOR3D($,$,#20,1.,$);
#60=IFCWINDOWTYPE('${globalId(++guid)}',#5,'Window 1200x1500',$,$,$,(#58),$,$,.WINDOW.,.SINGLE_PANEL.,$,$);
#61=IFCCOLOURRGB($,0.85,0.82,0.75);
#62=IFCSURFACESTYLERENDERING(#61,0.,$,$,$,$,$,$,.NOTDEFINED.);
#63=IFCSURFACESTYLE($,.BOTH.,(#62));
#64=IFCCOLOURRGB($,0.55,0.75,0.9);
#65=IFCSURFACESTYLERENDERING(#64,0.6,$,$,$,$,$,$,.NOTDEFINED.);
#66=IFCSURFACESTYLE($,.BOTH.,(#65));
#67=IFCSTYLEDITEM(#56,(#66),$);
#70=IFCMATERIAL('Concrete C30',$,$);
#71=IFCMATERIAL('Glass',$,$);
`);
  const walls: number[] = [];
  const slabs: number[] = [];
  const columns: number[] = [];
  const windows: number[] = [];
  const spaces: number[] = [];

  for (let s = 0; s < building.storeys; s++) {
    const z = s * STOREY_HEIGHT;
    const storeyPoint = await line(`IFCCARTESIANPOINT((0.,0.,${z}.))`);
    const storeyAxes = await line(`IFCAXIS2PLACEMENT3D(#${storeyPoint},#21,#22)`);
    const storeyPlacement = await line(`IFCLOCALPLACEMENT(#33,#${storeyAxes})`);
    const storey = await line(`IFCBUILDINGSTOREY(${root()},'Level ${s + 1}',$,$,#${storeyPlacement},$,$,.ELEMENT.,${z}.)`);
    await line(`IFCRELAGGREGATES(${root()},$,$,#34,(#${storey}))`);
    const contained: number[] = [];
    const storeySpaces: number[] = [];
    for (let ix = 0; ix < building.nx; ix++) {
      for (let iy = 0; iy < building.ny; iy++) {
        const x = ix * ROOM;
        const y = iy * ROOM;
        const room = `${s + 1}${String(ix).padStart(2, '0')}${String(iy).padStart(2, '0')}`;
        // Two walls: along x at y, and along y at x (turned 90°).
        for (const turned of [false, true]) {
          const point = await line(`IFCCARTESIANPOINT((${x}.,${y}.,0.))`);
          const axes = await line(turned ? `IFCAXIS2PLACEMENT3D(#${point},#21,#28)` : `IFCAXIS2PLACEMENT3D(#${point},$,$)`);
          const placement = await line(`IFCLOCALPLACEMENT(#${storeyPlacement},#${axes})`);
          const solid = await line(`IFCEXTRUDEDAREASOLID(#40,#23,#21,${STOREY_HEIGHT}.)`);
          await line(`IFCSTYLEDITEM(#${solid},(#63),$)`);
          const shape = await line(`IFCSHAPEREPRESENTATION(#26,'Body','SweptSolid',(#${solid}))`);
          const product = await line(`IFCPRODUCTDEFINITIONSHAPE($,$,(#${shape}))`);
          const wall = await line(`IFCWALL(${root()},'Wall ${room}${turned ? 'W' : 'S'}',$,$,#${placement},#${product},$,.STANDARD.)`);
          const openingPoint = await line(`IFCCARTESIANPOINT((${ROOM / 2 - 600}.,-100.,900.))`);
          const openingAxes = await line(`IFCAXIS2PLACEMENT3D(#${openingPoint},$,$)`);
          const openingPlacement = await line(`IFCLOCALPLACEMENT(#${placement},#${openingAxes})`);
          const opening = await line(`IFCOPENINGELEMENT(${root()},'Opening',$,$,#${openingPlacement},#${(await line(`IFCPRODUCTDEFINITIONSHAPE($,$,(#52))`))},$,.OPENING.)`);
          await line(`IFCRELVOIDSELEMENT(${root()},$,$,#${wall},#${opening})`);
          const windowPlacement = await line(`IFCLOCALPLACEMENT(#${openingPlacement},#23)`);
          const mapped = await line(`IFCMAPPEDITEM(#58,#59)`);
          const windowShape = await line(`IFCSHAPEREPRESENTATION(#26,'Body','MappedRepresentation',(#${mapped}))`);
          const windowProduct = await line(`IFCPRODUCTDEFINITIONSHAPE($,$,(#${windowShape}))`);
          const window = await line(`IFCWINDOW(${root()},'Window ${room}${turned ? 'W' : 'S'}',$,$,#${windowPlacement},#${windowProduct},$,1500.,1200.,.WINDOW.,.SINGLE_PANEL.,$)`);
          await line(`IFCRELFILLSELEMENT(${root()},$,$,#${opening},#${window})`);
          const props = [
            await line(`IFCPROPERTYSINGLEVALUE('IsExternal',$,IFCBOOLEAN(.${ix === 0 || iy === 0 ? 'T' : 'F'}.),$)`),
            await line(`IFCPROPERTYSINGLEVALUE('FireRating',$,IFCLABEL('REI${s < 3 ? 120 : 90}'),$)`),
            await line(`IFCPROPERTYSINGLEVALUE('LoadBearing',$,IFCBOOLEAN(.T.),$)`),
          ];
          const pset = await line(`IFCPROPERTYSET(${root()},'Pset_WallCommon',$,(${props.map((p) => `#${p}`).join(',')}))`);
          await line(`IFCRELDEFINESBYPROPERTIES(${root()},$,$,(#${wall}),#${pset})`);
          const length = await line(`IFCQUANTITYLENGTH('Length',$,$,${ROOM}.,$)`);
          const area = await line(`IFCQUANTITYAREA('NetSideArea',$,$,${((ROOM / 1000) * (STOREY_HEIGHT / 1000) - 1.8).toFixed(2)},$)`);
          const quantities = await line(`IFCELEMENTQUANTITY(${root()},'Qto_WallBaseQuantities',$,$,(#${length},#${area}))`);
          await line(`IFCRELDEFINESBYPROPERTIES(${root()},$,$,(#${wall}),#${quantities})`);
          walls.push(wall);
          windows.push(window);
          contained.push(wall, window);
        }
        // Floor slab and a column at the room corner.
        const slabPoint = await line(`IFCCARTESIANPOINT((${x}.,${y}.,0.))`);
        const slabAxes = await line(`IFCAXIS2PLACEMENT3D(#${slabPoint},$,$)`);
        const slabPlacement = await line(`IFCLOCALPLACEMENT(#${storeyPlacement},#${slabAxes})`);
        const slabSolid = await line(`IFCEXTRUDEDAREASOLID(#43,#23,#27,200.)`);
        const slabShape = await line(`IFCSHAPEREPRESENTATION(#26,'Body','SweptSolid',(#${slabSolid}))`);
        const slab = await line(`IFCSLAB(${root()},'Slab ${room}',$,$,#${slabPlacement},#${await line(`IFCPRODUCTDEFINITIONSHAPE($,$,(#${slabShape}))`)},$,.FLOOR.)`);
        const columnSolid = await line(`IFCEXTRUDEDAREASOLID(#46,#23,#21,${STOREY_HEIGHT}.)`);
        const columnShape = await line(`IFCSHAPEREPRESENTATION(#26,'Body','SweptSolid',(#${columnSolid}))`);
        const column = await line(`IFCCOLUMN(${root()},'Column ${room}',$,$,#${slabPlacement},#${await line(`IFCPRODUCTDEFINITIONSHAPE($,$,(#${columnShape}))`)},$,.COLUMN.)`);
        const spaceSolid = await line(`IFCEXTRUDEDAREASOLID(#43,#23,#21,${STOREY_HEIGHT - 200}.)`);
        const spaceShape = await line(`IFCSHAPEREPRESENTATION(#26,'Body','SweptSolid',(#${spaceSolid}))`);
        const space = await line(`IFCSPACE(${root()},'${room}',$,$,#${slabPlacement},#${await line(`IFCPRODUCTDEFINITIONSHAPE($,$,(#${spaceShape}))`)},'Office',.ELEMENT.,.INTERNAL.,$)`);
        const floorArea = await line(`IFCQUANTITYAREA('NetFloorArea',$,$,${((ROOM / 1000) ** 2).toFixed(2)},$)`);
        const spaceQuantities = await line(`IFCELEMENTQUANTITY(${root()},'Qto_SpaceBaseQuantities',$,$,(#${floorArea}))`);
        await line(`IFCRELDEFINESBYPROPERTIES(${root()},$,$,(#${space}),#${spaceQuantities})`);
        slabs.push(slab);
        columns.push(column);
        spaces.push(space);
        storeySpaces.push(space);
        contained.push(slab, column);
        elements += 9;
      }
    }
    await line(`IFCRELCONTAINEDINSPATIALSTRUCTURE(${root()},$,$,(${contained.map((e) => `#${e}`).join(',')}),#${storey})`);
    await line(`IFCRELAGGREGATES(${root()},$,$,#${storey},(${storeySpaces.map((e) => `#${e}`).join(',')}))`);
  }
  const list = (ids: number[]) => ids.map((e) => `#${e}`).join(',');
  await line(`IFCRELASSOCIATESMATERIAL(${root()},$,$,(${list([...walls, ...slabs, ...columns])}),#70)`);
  await line(`IFCRELASSOCIATESMATERIAL(${root()},$,$,(${list(windows)}),#71)`);
  await line(`IFCRELDEFINESBYTYPE(${root()},$,$,(${list(windows)}),#60)`);
  await write('ENDSEC;\nEND-ISO-10303-21;\n');
  await flush();
  out.end();
  await once(out, 'finish');
  return { elements: elements + building.storeys + 2, bytes };
}
