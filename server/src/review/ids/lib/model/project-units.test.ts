import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { IfcAPI } from 'web-ifc';
import { ModelContext } from './model-context.ts';
import { readScalar } from './read-scalar.ts';

const IFC = `ISO-10303-21;
HEADER;
FILE_DESCRIPTION((''),'2;1');
FILE_NAME('','',(''),(''),'','','');
FILE_SCHEMA(('IFC4'));
ENDSEC;
DATA;
#1=IFCPROJECT('3Q_A$GN6j3Cv5CiwXBhwZo',$,$,$,$,$,$,$,#10);
#2=IFCSIUNIT(*,.LENGTHUNIT.,.MILLI.,.METRE.);
#3=IFCSIUNIT(*,.AREAUNIT.,$,.SQUARE_METRE.);
#4=IFCDIMENSIONALEXPONENTS(2,0,0,0,0,0,0);
#5=IFCMEASUREWITHUNIT(IFCAREAMEASURE(0.09290304),#3);
#6=IFCCONVERSIONBASEDUNIT(#4,.AREAUNIT.,'square foot',#5);
#7=IFCSIUNIT(*,.MASSUNIT.,$,.GRAM.);
#8=IFCSIUNIT(*,.THERMODYNAMICTEMPERATUREUNIT.,$,.DEGREE_CELSIUS.);
#9=IFCSIUNIT(*,.TIMEUNIT.,$,.SECOND.);
#10=IFCUNITASSIGNMENT((#2,#6,#7,#8,#13));
#11=IFCDERIVEDUNITELEMENT(#2,1);
#12=IFCDERIVEDUNITELEMENT(#9,-1);
#13=IFCDERIVEDUNIT((#11,#12),.LINEARVELOCITYUNIT.,$);
#14=IFCSIUNIT(*,.LENGTHUNIT.,.CENTI.,.METRE.);
ENDSEC;
END-ISO-10303-21;
`;

const api = new IfcAPI();
await api.Init();
const modelId = api.OpenModel(new TextEncoder().encode(IFC));
after(() => {
  api.CloseModel(modelId);
  api.Dispose();
});
const ctx = new ModelContext(api, modelId, 'IFC4');

function close(actual: number, expected: number): void {
  assert.ok(Math.abs(actual - expected) <= Math.abs(expected) * 1e-12, `${actual} ≠ ${expected}`);
}

test('SI prefixes, conversion-based, gram and Celsius units convert to IDS (SI) units', () => {
  close(ctx.units.forMeasure('IFCLENGTHMEASURE').scale, 1e-3);
  close(ctx.units.forMeasure('IFCPOSITIVELENGTHMEASURE').scale, 1e-3);
  close(ctx.units.forMeasure('IFCAREAMEASURE').scale, 0.09290304);
  close(ctx.units.forMeasure('IFCMASSMEASURE').scale, 1e-3);
  assert.deepEqual(ctx.units.forMeasure('IFCTHERMODYNAMICTEMPERATUREMEASURE'), { scale: 1, offset: 273.15 });
  close(ctx.units.forMeasure('IFCLINEARVELOCITYMEASURE').scale, 1e-3);
  assert.deepEqual(ctx.units.forMeasure('IFCVOLUMEMEASURE'), { scale: 1, offset: 0 });
  assert.deepEqual(ctx.units.forMeasure('IFCLABEL'), { scale: 1, offset: 0 });
});

test('an explicit unit wins over the project unit', () => {
  close(ctx.units.forMeasure('IFCLENGTHMEASURE', 14).scale, 1e-2);
});

test('readScalar converts measures and keeps other values', () => {
  const length = readScalar({ type: 4, _representationValue: 2500, name: 'IFCLENGTHMEASURE' }, { units: ctx.units });
  assert.ok(length?.kind === 'number');
  close(length.value, 2.5);
  const celsius = readScalar({ type: 4, _representationValue: 20, name: 'IFCTHERMODYNAMICTEMPERATUREMEASURE' }, { units: ctx.units });
  assert.ok(celsius?.kind === 'number');
  close(celsius.value, 293.15);
  assert.deepEqual(readScalar({ type: 1, value: 'A', name: 'IFCLABEL' }), { kind: 'string', value: 'A', ifcType: 'IFCLABEL' });
  assert.equal(readScalar({ type: 1, value: '', name: 'IFCLABEL' }), null);
  assert.equal(readScalar({ type: 3, name: 'IFCLOGICAL' }), null);
  assert.deepEqual(readScalar({ type: 3, value: false, name: 'IFCBOOLEAN' }), { kind: 'boolean', value: false, ifcType: 'IFCBOOLEAN' });
  assert.equal(readScalar({ type: 5, value: 12 }), null);
});
