import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isDataError } from '@cimtwin/schemas';
import { writeReviewBcf } from './write-review-bcf.ts';
import { readBcfTopics } from './read-bcf-topics.ts';
import { DOOR, REPORT, SPACE, WALL } from './review-report-fixture.ts';
import type { ElementPlacement } from './lib/bcf-camera.ts';

// Element sequences as the buildingSMART BCF-XML 3.0 schemas declare them (markup.xsd Topic,
// ViewPoint; visinfo.xsd VisualizationInfo, Components, PerspectiveCamera; extensions.xsd).
const TOPIC_SEQUENCE = ['ReferenceLinks', 'Title', 'Priority', 'Index', 'Labels', 'CreationDate', 'CreationAuthor', 'ModifiedDate', 'ModifiedAuthor', 'DueDate', 'AssignedTo', 'Stage', 'Description', 'BimSnippet', 'DocumentReferences', 'RelatedTopics', 'Comments', 'Viewpoints'];
const TOPIC_REQUIRED = ['Title', 'CreationDate', 'CreationAuthor'];
const VIEWPOINT_REF_SEQUENCE = ['Viewpoint', 'Snapshot', 'Index'];
const VISINFO_SEQUENCE = ['Components', 'Camera', 'Lines', 'ClippingPlanes', 'Bitmaps'];
const COMPONENTS_SEQUENCE = ['Selection', 'Visibility', 'Coloring'];
const PERSPECTIVE_SEQUENCE = ['CameraViewPoint', 'CameraDirection', 'CameraUpVector', 'FieldOfView', 'AspectRatio'];
const EXTENSIONS_SEQUENCE = ['TopicTypes', 'TopicStatuses', 'Priorities', 'TopicLabels', 'Users', 'SnippetTypes', 'Stages'];
const GUID = /^[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}$/;

const CREATED = '2024-05-01T10:00:00Z';
const ELEMENTS = new Map<string, ElementPlacement>([
  [SPACE, { center: [12.5, -4, 3.2], size: 20 }],
  [DOOR, { center: [500000.25, 3000000.5, 10], size: 2.5 }],
]);

type Ordered = Record<string, unknown>;
const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false });

/** The element children of an element, in document order, as [name, node]. */
function elementsOf(nodes: unknown): Array<[string, Ordered]> {
  return (nodes as Ordered[]).flatMap((node) => Object.keys(node).filter((k) => k !== ':@' && k !== '#text' && !k.startsWith('?')).map((k): [string, Ordered] => [k, node]));
}
function childList(node: Ordered, name: string): Ordered[] {
  return node[name] as Ordered[];
}
function attrs(node: Ordered): Record<string, string> {
  return (node[':@'] ?? {}) as Record<string, string>;
}
function textOf(node: Ordered, name: string): string {
  return String((childList(node, name)[0] as Ordered)?.['#text'] ?? '');
}
function root(xml: string): [string, Ordered] {
  const roots = elementsOf(ordered.parse(xml));
  assert.equal(roots.length, 1);
  return roots[0];
}

/** Asserts that names follow the schema sequence (each at most once, in order). */
function assertSequence(names: string[], sequence: string[], where: string): void {
  const positions = names.map((name) => sequence.indexOf(name));
  assert.ok(positions.every((p) => p >= 0), `${where}: unexpected element in ${names.join(', ')}`);
  for (let i = 1; i < positions.length; i++) assert.ok(positions[i] > positions[i - 1], `${where}: ${names[i]} out of order in ${names.join(', ')}`);
}

function unzipBcf(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

function topicFolders(files: Map<string, string>): string[] {
  return [...files.keys()].filter((n) => n.endsWith('/markup.bcf')).map((n) => n.slice(0, -'/markup.bcf'.length));
}

function topicOf(markup: string): Ordered {
  const [name, node] = root(markup);
  assert.equal(name, 'Markup');
  const children = elementsOf(node.Markup);
  assert.deepEqual(children.map(([n]) => n), ['Topic']);
  return children[0][1];
}

test('archive holds bcf.version 3.0, extensions.xml, project.bcfp and one folder per check and element', () => {
  const files = unzipBcf(writeReviewBcf(REPORT, { createdAt: CREATED, elements: ELEMENTS }));
  const folders = topicFolders(files);
  // Space and wall fail the area check, the door fails the width check twice (one topic), plus one model-level topic.
  assert.equal(folders.length, 4);
  for (const folder of folders) assert.match(folder, GUID);
  const expected = ['bcf.version', 'extensions.xml', 'project.bcfp', ...folders.flatMap((f) => [`${f}/`, `${f}/markup.bcf`, `${f}/viewpoint.bcfv`])];
  assert.deepEqual([...files.keys()].sort(), expected.sort());
  const [versionName, version] = root(files.get('bcf.version')!);
  assert.equal(versionName, 'Version');
  assert.deepEqual(attrs(version), { VersionId: '3.0' });
  for (const [name, xml] of files) if (!name.endsWith('/')) assert.equal(XMLValidator.validate(xml), true, name);
});

test('markup.bcf follows the 3.0 markup.xsd order with the required attributes', () => {
  const files = unzipBcf(writeReviewBcf(REPORT, { createdAt: CREATED, elements: ELEMENTS, referenceLinks: ['https://cimtwin.example/reviews/1'] }));
  for (const folder of topicFolders(files)) {
    const topic = topicOf(files.get(`${folder}/markup.bcf`)!);
    const names = elementsOf(topic.Topic).map(([n]) => n);
    assertSequence(names, TOPIC_SEQUENCE, folder);
    for (const required of TOPIC_REQUIRED) assert.ok(names.includes(required), `${folder}: ${required} missing`);
    const { Guid, TopicType, TopicStatus } = attrs(topic);
    assert.equal(Guid, folder);
    assert.ok(['Error', 'Warning', 'Info'].includes(TopicType));
    assert.equal(TopicStatus, 'Open');
    const children = Object.fromEntries(elementsOf(topic.Topic));
    assert.equal(textOf(children.CreationDate, 'CreationDate'), CREATED);
    assert.equal(textOf(children.CreationAuthor, 'CreationAuthor'), 'cimtwin');
    const viewPoints = elementsOf(children.Viewpoints.Viewpoints);
    assert.deepEqual(viewPoints.map(([n]) => n), ['ViewPoint']);
    assertSequence(elementsOf(viewPoints[0][1].ViewPoint).map(([n]) => n), VIEWPOINT_REF_SEQUENCE, `${folder} ViewPoint`);
    assert.match(attrs(viewPoints[0][1]).Guid, GUID);
    const file = elementsOf(viewPoints[0][1].ViewPoint).find(([n]) => n === 'Viewpoint')!;
    assert.equal(textOf(file[1], 'Viewpoint'), 'viewpoint.bcfv');
    assert.equal(textOf(elementsOf(children.ReferenceLinks.ReferenceLinks)[0][1], 'ReferenceLink'), 'https://cimtwin.example/reviews/1');
  }
});

test('each element topic selects its IfcGuid; severity, title, labels and description come from the findings', () => {
  const bytes = writeReviewBcf(REPORT, { createdAt: CREATED, elements: ELEMENTS });
  const files = unzipBcf(bytes);
  const byTitle = new Map(readBcfTopics(bytes).map((t) => [t.title, t]));
  assert.deepEqual(byTitle.get('防火分区面积 – 防火分区 FZ-1')?.ifcGuids, [SPACE]);
  assert.deepEqual(byTitle.get(`防火分区面积 – IfcWall ${WALL}`)?.ifcGuids, [WALL]);
  assert.deepEqual(byTitle.get('疏散门净宽度 – M1021 <b>')?.ifcGuids, [DOOR]);
  assert.equal(byTitle.get('疏散门净宽度 – M1021 <b>')?.topicType, 'Warning');
  const door = byTitle.get('疏散门净宽度 – M1021 <b>')!;
  const markup = files.get(`${door.guid}/markup.bcf`)!;
  const children = Object.fromEntries(elementsOf(topicOf(markup).Topic));
  assert.equal(textOf(children.Priority, 'Priority'), 'Normal');
  assert.deepEqual(elementsOf(children.Labels.Labels).map(([, n]) => textOf(n, 'Label')), ['GB 50016 建筑设计防火规范', 'GB 50016-2014 6.4.11']);
  const description = textOf(children.Description, 'Description');
  // Both failing facets of the door are in its one topic, measured against required with the unit.
  assert.ok(description.includes('1. 要求：Pset_DoorCommon.FireExit'), description);
  assert.ok(description.includes('2. 要求：净宽度\n实测值：0.8 m\n规定值：≥ 0.9 m'), description);
  assert.ok(description.includes('条文：GB 50016-2014 6.4.11'));
  assert.ok(description.includes(`GlobalId ${DOOR}`));
});

test('the camera looks at the element centre from a distance proportional to its size', () => {
  const files = unzipBcf(writeReviewBcf(REPORT, { createdAt: CREATED, elements: ELEMENTS }));
  const topics = readBcfTopics(writeReviewBcf(REPORT, { createdAt: CREATED, elements: ELEMENTS }));
  const distances = new Map<string, number>();
  for (const globalId of [SPACE, DOOR]) {
    const topic = topics.find((t) => t.ifcGuids[0] === globalId)!;
    const [name, info] = root(files.get(`${topic.guid}/viewpoint.bcfv`)!);
    assert.equal(name, 'VisualizationInfo');
    assert.match(attrs(info).Guid, GUID);
    const children = elementsOf(info.VisualizationInfo);
    assertSequence(children.map(([n]) => (n.endsWith('Camera') ? 'Camera' : n)), VISINFO_SEQUENCE, 'VisualizationInfo');
    assert.equal(children.filter(([n]) => n.endsWith('Camera')).length, 1, 'exactly one camera');
    const components = Object.fromEntries(elementsOf(children.find(([n]) => n === 'Components')![1].Components));
    assertSequence(Object.keys(components), COMPONENTS_SEQUENCE, 'Components');
    assert.deepEqual(elementsOf(components.Selection.Selection).map(([, n]) => attrs(n).IfcGuid), [globalId]);
    assert.equal(attrs(components.Visibility).DefaultVisibility, 'true');
    const camera = children.find(([n]) => n === 'PerspectiveCamera')![1];
    const parts = Object.fromEntries(elementsOf(camera.PerspectiveCamera));
    assert.deepEqual(Object.keys(parts), PERSPECTIVE_SEQUENCE);
    const vector = (key: string) => elementsOf(parts[key][key]).map(([axis, n]) => Number(textOf(n, axis)));
    const [eye, dir, up] = [vector('CameraViewPoint'), vector('CameraDirection'), vector('CameraUpVector')];
    const center = ELEMENTS.get(globalId)!.center;
    const toCenter = center.map((c, i) => c - eye[i]);
    const distance = Math.hypot(...toCenter);
    // Direction is a unit vector pointing from the camera at the centre; up is perpendicular to it.
    assert.ok(Math.abs(Math.hypot(...dir) - 1) < 1e-5);
    toCenter.forEach((c, i) => assert.ok(Math.abs(c / distance - dir[i]) < 1e-5, `axis ${i}`));
    assert.ok(Math.abs(dir[0] * up[0] + dir[1] * up[1] + dir[2] * up[2]) < 1e-5);
    assert.ok(up[2] > 0, 'up points up');
    assert.equal(textOf(parts.FieldOfView, 'FieldOfView'), '60');
    assert.ok(Number(textOf(parts.AspectRatio, 'AspectRatio')) > 0);
    distances.set(globalId, distance);
  }
  const ratio = distances.get(SPACE)! / distances.get(DOOR)!;
  assert.ok(Math.abs(ratio - 20 / 2.5) < 1e-3, `distance ratio ${ratio}`);
});

test('elements without a position still get a camera (3.0 requires one) and their selection', () => {
  const bytes = writeReviewBcf(REPORT, { createdAt: CREATED, elements: new Map([[SPACE, ELEMENTS.get(SPACE)!]]) });
  const files = unzipBcf(bytes);
  const elementTopics = readBcfTopics(bytes).filter((t) => t.ifcGuids.length > 0);
  assert.deepEqual(elementTopics.map((t) => t.ifcGuids[0]), [SPACE, WALL, DOOR]);
  const cameras = elementTopics.map((topic) => {
    const [, info] = root(files.get(`${topic.guid}/viewpoint.bcfv`)!);
    assert.equal(elementsOf(info.VisualizationInfo).filter(([n]) => n === 'PerspectiveCamera').length, 1);
    return files.get(`${topic.guid}/viewpoint.bcfv`)!.match(/<PerspectiveCamera>[\s\S]*<\/PerspectiveCamera>/)![0];
  });
  // The wall and the door have no position: both are shown in the view of all known elements
  // (here the box around the space, so a farther camera on the same line of sight).
  assert.equal(cameras[1], cameras[2]);
  assert.notEqual(cameras[1], cameras[0]);
  const eye = (xml: string) => [...xml.match(/<CameraViewPoint>([\s\S]*?)<\/CameraViewPoint>/)![1].matchAll(/>([-\d.e+]+)</g)].map((m) => Number(m[1]));
  const center = ELEMENTS.get(SPACE)!.center;
  const near = Math.hypot(...eye(cameras[0]).map((c, i) => c - center[i]));
  const far = Math.hypot(...eye(cameras[1]).map((c, i) => c - center[i]));
  assert.ok(Math.abs(far / near - Math.sqrt(3)) < 1e-3, `${far} / ${near}`);
});

test('a model-level finding becomes a topic without components', () => {
  const bytes = writeReviewBcf(REPORT, { createdAt: CREATED, elements: ELEMENTS });
  const topic = readBcfTopics(bytes).find((t) => t.title === '防火分区面积')!;
  assert.deepEqual(topic.ifcGuids, []);
  const [, info] = root(unzipBcf(bytes).get(`${topic.guid}/viewpoint.bcfv`)!);
  assert.deepEqual(elementsOf(info.VisualizationInfo).map(([n]) => n), ['PerspectiveCamera']);
  // Without any element position there is nothing to show: no viewpoint at all.
  const bare = unzipBcf(writeReviewBcf(REPORT, { createdAt: CREATED }));
  const guid = readBcfTopics(writeReviewBcf(REPORT, { createdAt: CREATED })).find((t) => t.title === '防火分区面积')!.guid;
  assert.ok(bare.has(`${guid}/markup.bcf`));
  assert.ok(!bare.has(`${guid}/viewpoint.bcfv`));
  assert.ok(!bare.get(`${guid}/markup.bcf`)!.includes('<Viewpoints>'));
});

test('extensions.xml lists every type, status, priority, label and user the topics use', () => {
  const files = unzipBcf(writeReviewBcf(REPORT, { createdAt: CREATED, author: 'reviewer@example.cn' }));
  const [name, extensions] = root(files.get('extensions.xml')!);
  assert.equal(name, 'Extensions');
  const lists = Object.fromEntries(elementsOf(extensions.Extensions).map(([n, node]) => [n, elementsOf(node[n]).map(([item, i]) => textOf(i, item))]));
  assert.deepEqual(Object.keys(lists), EXTENSIONS_SEQUENCE);
  for (const folder of topicFolders(files)) {
    const topic = topicOf(files.get(`${folder}/markup.bcf`)!);
    const children = Object.fromEntries(elementsOf(topic.Topic));
    assert.ok(lists.TopicTypes.includes(attrs(topic).TopicType));
    assert.ok(lists.TopicStatuses.includes(attrs(topic).TopicStatus));
    assert.ok(lists.Priorities.includes(textOf(children.Priority, 'Priority')));
    for (const [, label] of elementsOf(children.Labels.Labels)) assert.ok(lists.TopicLabels.includes(textOf(label, 'Label')));
    assert.ok(lists.Users.includes(textOf(children.CreationAuthor, 'CreationAuthor')));
  }
});

test('project.bcfp names the project; user text is escaped and round-trips', () => {
  const files = unzipBcf(writeReviewBcf(REPORT, { createdAt: CREATED }));
  const [name, info] = root(files.get('project.bcfp')!);
  assert.equal(name, 'ProjectInfo');
  const project = elementsOf(info.ProjectInfo)[0];
  assert.equal(project[0], 'Project');
  assert.ok(attrs(project[1]).ProjectId);
  assert.equal(new XMLParser().parse(files.get('project.bcfp')!).ProjectInfo.Project.Name, REPORT.model.name);
  assert.ok(!files.get('project.bcfp')!.includes('<script>'));
  const custom = unzipBcf(writeReviewBcf(REPORT, { createdAt: CREATED, projectName: '某某住宅项目' }));
  assert.ok(custom.get('project.bcfp')!.includes('<Name>某某住宅项目</Name>'));
});

test('stable with createdAt: same bytes twice; random GUIDs without it', () => {
  const a = writeReviewBcf(REPORT, { createdAt: CREATED, elements: ELEMENTS });
  const b = writeReviewBcf(REPORT, { createdAt: CREATED, elements: ELEMENTS });
  assert.deepEqual(a, b);
  const first = readBcfTopics(writeReviewBcf(REPORT)).map((t) => t.guid);
  const second = readBcfTopics(writeReviewBcf(REPORT)).map((t) => t.guid);
  assert.equal(first.length, 4);
  assert.ok(first.every((g, i) => GUID.test(g) && g !== second[i]));
});

test('round trip through readBcfTopics keeps GUIDs, titles, types and selections in report order', () => {
  const bytes = writeReviewBcf(REPORT, { createdAt: CREATED, elements: ELEMENTS });
  const topics = readBcfTopics(bytes);
  assert.deepEqual(topics.map((t) => t.guid), topicFolders(unzipBcf(bytes)));
  assert.deepEqual(
    topics.map(({ title, topicType, topicStatus, ifcGuids }) => ({ title, topicType, topicStatus, ifcGuids })),
    [
      { title: '防火分区面积 – 防火分区 FZ-1', topicType: 'Error', topicStatus: 'Open', ifcGuids: [SPACE] },
      { title: `防火分区面积 – IfcWall ${WALL}`, topicType: 'Error', topicStatus: 'Open', ifcGuids: [WALL] },
      { title: '防火分区面积', topicType: 'Error', topicStatus: 'Open', ifcGuids: [] },
      { title: '疏散门净宽度 – M1021 <b>', topicType: 'Warning', topicStatus: 'Open', ifcGuids: [DOOR] },
    ],
  );
});

test('minSeverity leaves out lesser findings; English descriptions with lang en', () => {
  const bytes = writeReviewBcf(REPORT, { createdAt: CREATED, minSeverity: 'error', lang: 'en' });
  const topics = readBcfTopics(bytes);
  assert.equal(topics.length, 3);
  assert.ok(topics.every((t) => t.topicType === 'Error'));
  const markup = unzipBcf(bytes).get(`${topics[0].guid}/markup.bcf`)!;
  assert.ok(markup.includes('Measured: 2600.5 m²\nRequired: ≤ 2500 m²'));
});

test('a GlobalId that is not an IfcGuid is described but not selected; bad input is a DataError', () => {
  const report = { ...REPORT, findings: [{ ...REPORT.findings[0], globalId: 'not-a-guid' }] };
  const bytes = writeReviewBcf(report, { createdAt: CREATED });
  const [topic] = readBcfTopics(bytes);
  assert.deepEqual(topic.ifcGuids, []);
  assert.ok(unzipBcf(bytes).get(`${topic.guid}/markup.bcf`)!.includes('GlobalId not-a-guid'));
  assert.throws(() => writeReviewBcf(REPORT, { createdAt: 'yesterday' }), (e) => isDataError(e) && /createdAt/.test((e as Error).message));
  assert.throws(
    () => writeReviewBcf(REPORT, { createdAt: CREATED, elements: new Map([[SPACE, { center: [0, Number.NaN, 0] as [number, number, number] }]]) }),
    (e) => isDataError(e) && /finite/.test((e as Error).message),
  );
});

test('readBcfTopics reads BCF 2.1 archives and rejects what is not BCF', () => {
  const guid = '0d3c6a4e-1b2c-4d5e-8f90-123456789abc';
  const bcf21 = zipSync({
    'bcf.version': strToU8('<?xml version="1.0"?><Version VersionId="2.1"><DetailedVersion>2.1</DetailedVersion></Version>'),
    [guid]: {
      'markup.bcf': strToU8(`<Markup><Topic Guid="${guid}" TopicType="Issue" TopicStatus="Closed"><Title>Old &amp; closed &#x4E2D;&#39;</Title><CreationDate>2020-01-01T00:00:00Z</CreationDate><CreationAuthor>a</CreationAuthor></Topic><Viewpoints Guid="11111111-2222-4333-8444-555555555555"><Viewpoint>viewpoint.bcfv</Viewpoint></Viewpoints></Markup>`),
      'viewpoint.bcfv': strToU8(`<VisualizationInfo Guid="11111111-2222-4333-8444-555555555555"><Components><Selection><Component IfcGuid="${WALL}"/><Component IfcGuid="${DOOR}"/></Selection><Visibility DefaultVisibility="true"/></Components></VisualizationInfo>`),
    },
  });
  assert.deepEqual(readBcfTopics(bcf21), [{ guid, title: "Old & closed 中'", topicType: 'Issue', topicStatus: 'Closed', ifcGuids: [WALL, DOOR] }]);
  assert.throws(() => readBcfTopics(strToU8('not a zip')), (e) => isDataError(e));
  assert.throws(() => readBcfTopics(zipSync({ 'bcf.version': strToU8('<Version VersionId="1.0"/>') })), (e) => isDataError(e) && /1\.0/.test((e as Error).message));
  assert.throws(() => readBcfTopics(zipSync({ [guid]: { 'markup.bcf': strToU8('<Markup><Topic>') } })), (e) => isDataError(e) && /well-formed/.test((e as Error).message));
  const bomb = '<?xml version="1.0"?><!DOCTYPE Markup [<!ENTITY a "aaaaaaaaaa">]><Markup><Topic Guid="x"><Title>&a;</Title></Topic></Markup>';
  assert.throws(() => readBcfTopics(zipSync({ [guid]: { 'markup.bcf': strToU8(bomb) } })), (e) => isDataError(e) && /DOCTYPE/.test((e as Error).message));
});
