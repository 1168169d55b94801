// Public surface of the administrative-unit domain (pure; data is loaded by the caller).
export {
  findCommune,
  findProvince,
  matchCommuneByName,
  matchProvinceByName,
  resolveOldCommune,
  resolveOldProvince,
  type AdminUnits,
  type Commune,
  type CommuneType,
  type OldCommuneResolution,
  type OldProvinceResolution,
  type OldToNewMapping,
  type Province,
  type ProvinceType,
} from './resolve';
