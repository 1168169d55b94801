import type { viSubjectForm } from './vi-subject-form';

/** English texts of the subject create and edit forms; spread into en.ts. */
export const enSubjectForm: typeof viSubjectForm = {
  subjectForm: {
    add: '+ Add subject',
    addTitle: 'Add a managed subject',
    edit: 'Edit',
    editTitle: 'Edit the subject',
    name: 'Organisation name',
    nameRequired: 'The name needs at least 2 characters.',
    taxCodeRequired: 'Please enter the organisation’s tax code.',
    taxCodeHelp: '10 digits (a dependent unit: add "-" and 3 digits); the 10th digit is a check digit.',
    taxCodeOk: 'Valid tax code: {{value}}',
    chooseProvince: '— Choose a province —',
    provinceRequired: 'Please choose the province.',
    commune: 'Commune, ward, special zone (since 01/07/2025)',
    chooseCommune: '— Choose a commune —',
    communeHelp: 'Commune-level unit after the 2025 reorganisation (two-level local government).',
    addressHelp: 'House number, street, village.',
    vsic: 'Main industry (VSIC 2018 code)',
    vsicHelp: '2 to 5 digits per Decision 27/2018/QĐ-TTg, e.g. 4100.',
    agency: 'Managing agency',
    agencyRequired: 'Please choose the managing agency.',
    legalRepName: 'Legal representative',
    legalRepTitle: 'Title',
    reason: 'Reason for the change',
    reasonHelp: 'E.g. notice of business suspension no. …; kept in the subject’s history.',
    create: 'Add subject',
    save: 'Save changes',
  },
};
