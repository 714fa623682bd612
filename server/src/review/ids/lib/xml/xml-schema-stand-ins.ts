/**
 * In-memory stand-ins for the three schemas the IDS XSD imports by network URL (xml.xsd,
 * XMLSchema.xsd and XMLSchema-instance), so validation never touches the network.
 *
 * IDS only uses two components of the XML Schema namespace: the `xs:restriction` element (with
 * its constraining facets) and the `xs:occurs` attribute group. The stand-in declares exactly those,
 * following the W3C schema-for-schemas: facet values typed as there (lengths are non-negative
 * integers, whiteSpace an enumeration), `value` required, an optional leading `xs:annotation`.
 * The two other imports are declared empty: IDS uses nothing from them and libxml2 handles
 * `xsi:` attributes natively.
 */

const XS = 'http://www.w3.org/2001/XMLSchema';

function facet(name: string, type: string): string {
  return `<xs:element name="${name}"><xs:complexType><xs:sequence><xs:element ref="xs:annotation" minOccurs="0"/></xs:sequence>`
    + `<xs:attribute name="value" type="${type}" use="required"/><xs:attribute name="fixed" type="xs:boolean"/>`
    + `<xs:attribute name="id" type="xs:ID"/><xs:anyAttribute namespace="##other" processContents="lax"/></xs:complexType></xs:element>`;
}

const FACETS: [string, string][] = [
  ['minExclusive', 'xs:string'], ['minInclusive', 'xs:string'], ['maxExclusive', 'xs:string'], ['maxInclusive', 'xs:string'],
  ['totalDigits', 'xs:positiveInteger'], ['fractionDigits', 'xs:nonNegativeInteger'], ['length', 'xs:nonNegativeInteger'],
  ['minLength', 'xs:nonNegativeInteger'], ['maxLength', 'xs:nonNegativeInteger'], ['enumeration', 'xs:string'],
  ['pattern', 'xs:string'],
];

/** Stand-in for http://www.w3.org/2001/XMLSchema.xsd. */
export const XML_SCHEMA_STAND_IN = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="${XS}" targetNamespace="${XS}" elementFormDefault="qualified">
  <xs:element name="annotation"><xs:complexType><xs:sequence><xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
    <xs:anyAttribute processContents="skip"/></xs:complexType></xs:element>
  ${FACETS.map(([name, type]) => facet(name, type)).join('\n  ')}
  <xs:element name="whiteSpace"><xs:complexType><xs:sequence><xs:element ref="xs:annotation" minOccurs="0"/></xs:sequence>
    <xs:attribute name="value" use="required"><xs:simpleType><xs:restriction base="xs:NMTOKEN">
      <xs:enumeration value="preserve"/><xs:enumeration value="replace"/><xs:enumeration value="collapse"/>
    </xs:restriction></xs:simpleType></xs:attribute>
    <xs:attribute name="fixed" type="xs:boolean"/><xs:attribute name="id" type="xs:ID"/></xs:complexType></xs:element>
  <xs:element name="restriction">
    <xs:complexType>
      <xs:sequence>
        <xs:element ref="xs:annotation" minOccurs="0"/>
        <xs:choice minOccurs="0" maxOccurs="unbounded">
          ${[...FACETS.map(([name]) => name), 'whiteSpace'].map((name) => `<xs:element ref="xs:${name}"/>`).join('')}
        </xs:choice>
      </xs:sequence>
      <xs:attribute name="base" type="xs:QName"/>
      <xs:attribute name="id" type="xs:ID"/>
      <xs:anyAttribute namespace="##other" processContents="lax"/>
    </xs:complexType>
  </xs:element>
  <xs:attributeGroup name="occurs">
    <xs:attribute name="minOccurs" type="xs:nonNegativeInteger" default="1"/>
    <xs:attribute name="maxOccurs" default="1">
      <xs:simpleType><xs:union memberTypes="xs:nonNegativeInteger">
        <xs:simpleType><xs:restriction base="xs:NMTOKEN"><xs:enumeration value="unbounded"/></xs:restriction></xs:simpleType>
      </xs:union></xs:simpleType>
    </xs:attribute>
  </xs:attributeGroup>
</xs:schema>`;

/** Stand-in for http://www.w3.org/2001/xml.xsd. */
export const XML_NAMESPACE_STAND_IN = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="${XS}" targetNamespace="http://www.w3.org/XML/1998/namespace"/>`;

/** Stand-in for http://www.w3.org/2001/XMLSchema-instance. */
export const XML_SCHEMA_INSTANCE_STAND_IN = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="${XS}" targetNamespace="http://www.w3.org/2001/XMLSchema-instance"/>`;

/** The network locations the IDS XSD imports, mapped to their stand-ins. */
export const IMPORTED_SCHEMAS: Readonly<Record<string, string>> = {
  'http://www.w3.org/2001/XMLSchema.xsd': XML_SCHEMA_STAND_IN,
  'http://www.w3.org/2001/xml.xsd': XML_NAMESPACE_STAND_IN,
  'http://www.w3.org/2001/XMLSchema-instance': XML_SCHEMA_INSTANCE_STAND_IN,
};
