// The fixed competency list (what a letter writer can vouch for), in plain words.
import type { Competency } from '../api/types';

export const COMPETENCY_LABELS: Record<Competency, string> = {
  MEDICAL_KNOWLEDGE: 'Medical knowledge',
  CLINICAL_REASONING: 'Clinical reasoning',
  PATIENT_CARE: 'Patient care',
  COMMUNICATION: 'Communication',
  PROFESSIONALISM: 'Professionalism',
  WORK_ETHIC: 'Work ethic',
  TEAMWORK: 'Teamwork',
  TEACHING: 'Teaching',
  GROWTH_AFTER_FEEDBACK: 'Growth after feedback',
  RESEARCH: 'Research and initiative',
};

export const COMPETENCIES = Object.keys(COMPETENCY_LABELS) as Competency[];
