/**
 * IFC2X3 occurrence-type mapping (IDS documentation, ifc2x3-occurrence-type-mapping-table.md):
 * IFC4 occurrence names an IDS may use against an IFC2X3 model, resolved to the IFC2X3 occurrence
 * class and the class of its type object.
 */

/** IDS name (uppercase) to [IFC2X3 occurrence class, IFC2X3 type class], both uppercase. */
export const IFC2X3_OCCURRENCE_TYPES: Readonly<Record<string, readonly [string, string]>> = Object.fromEntries(
  (
    [
      ['Furniture', 'FurnishingElement'], ['SystemFurnitureElement', 'FurnishingElement'],
      ['Actuator', 'DistributionControlElement'], ['Alarm', 'DistributionControlElement'],
      ['Controller', 'DistributionControlElement'], ['FlowInstrument', 'DistributionControlElement'],
      ['Sensor', 'DistributionControlElement'], ['AirToAirHeatRecovery', 'EnergyConversionDevice'],
      ['Boiler', 'EnergyConversionDevice'], ['Chiller', 'EnergyConversionDevice'], ['Coil', 'EnergyConversionDevice'],
      ['Condenser', 'EnergyConversionDevice'], ['CooledBeam', 'EnergyConversionDevice'],
      ['CoolingTower', 'EnergyConversionDevice'], ['ElectricGenerator', 'EnergyConversionDevice'],
      ['ElectricMotor', 'EnergyConversionDevice'], ['EvaporativeCooler', 'EnergyConversionDevice'],
      ['Evaporator', 'EnergyConversionDevice'], ['HeatExchanger', 'EnergyConversionDevice'],
      ['Humidifier', 'EnergyConversionDevice'], ['MotorConnection', 'EnergyConversionDevice'],
      ['Transformer', 'EnergyConversionDevice'], ['TubeBundle', 'EnergyConversionDevice'],
      ['UnitaryEquipment', 'EnergyConversionDevice'], ['AirTerminalBox', 'FlowController'],
      ['Damper', 'FlowController'], ['ElectricTimeControl', 'FlowController'], ['FlowMeter', 'FlowController'],
      ['ProtectiveDevice', 'FlowController'], ['SwitchingDevice', 'FlowController'], ['Valve', 'FlowController'],
      ['CableCarrierFitting', 'FlowFitting'], ['DuctFitting', 'FlowFitting'], ['JunctionBox', 'FlowFitting'],
      ['PipeFitting', 'FlowFitting'], ['Compressor', 'FlowMovingDevice'], ['Fan', 'FlowMovingDevice'],
      ['Pump', 'FlowMovingDevice'], ['CableCarrierSegment', 'FlowSegment'], ['CableSegment', 'FlowSegment'],
      ['DuctSegment', 'FlowSegment'], ['PipeSegment', 'FlowSegment'],
      ['ElectricFlowStorageDevice', 'FlowStorageDevice'], ['Tank', 'FlowStorageDevice'],
      ['AirTerminal', 'FlowTerminal'], ['ElectricAppliance', 'FlowTerminal'],
      ['FireSuppressionTerminal', 'FlowTerminal'], ['Lamp', 'FlowTerminal'], ['LightFixture', 'FlowTerminal'],
      ['Outlet', 'FlowTerminal'], ['SanitaryTerminal', 'FlowTerminal'], ['SpaceHeater', 'FlowTerminal'],
      ['StackTerminal', 'FlowTerminal'], ['WasteTerminal', 'FlowTerminal'], ['DuctSilencer', 'FlowTreatmentDevice'],
      ['Filter', 'FlowTreatmentDevice'], ['VibrationIsolator', 'ElementComponent'],
    ] as const
  ).map(([name, occurrence]) => [`IFC${name.toUpperCase()}`, [`IFC${occurrence.toUpperCase()}`, `IFC${name.toUpperCase()}TYPE`]]),
);
