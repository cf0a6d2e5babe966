import type { ColumnTable } from 'arquero';

/** One answer by the caseworker, and whether it counts towards the job orientation of the chosen answer. */
export interface LooAnswer {
  responseId: number;
  person: number;
  quarter: string;
  belief: number | null;
  /** counted: about another person; left_out: about the person being assessed; dont_know: no belief. */
  status: 'counted' | 'left_out' | 'dont_know';
}

/** The job orientation of one answer, step by step (seed Figur 3 on the sample). */
export interface LooExample {
  caseworker: number;
  centre: number;
  response: LooAnswer;
  /** All the caseworker's answers in time order (quarter, then response id). */
  answers: LooAnswer[];
  /** Mean belief over the counted answers, and how many answers and persons they cover. */
  ownMean: number | null;
  ownCount: number;
  ownPersons: number;
  /** Answers about the assessed person, which are left out (the chosen answer included). */
  leftOutCount: number;
  /** Mean belief of the other caseworkers at the centre, their answer count and number. */
  centreMean: number | null;
  centreCount: number;
  centreCaseworkers: number;
  /** ownMean − centreMean; null when either is missing (as jobOrientation gives null). */
  orientation: number | null;
}

/**
 * The computation behind jobOrientation() for one answer, spelled out: the caseworker's beliefs about
 * other persons (every answer about the assessed person is left out), their mean, the mean of the other
 * caseworkers at the answer's centre, and the difference. Null when the caseworker gave no answer with
 * that response id.
 */
export function leaveOneOutExample(table: ColumnTable, caseworkerId: number, responseId: number): LooExample | null {
  const ids = table.array('response_id') as ArrayLike<number>;
  const persons = table.array('person_id') as ArrayLike<number>;
  const caseworkers = table.array('caseworker_id') as ArrayLike<number>;
  const centres = table.array('jobcentre_id') as ArrayLike<number>;
  const quarters = table.array('quarter') as ArrayLike<string>;
  const beliefs = table.array('belief') as ArrayLike<number | null>;
  const n = ids.length;
  let chosen = -1;
  for (let r = 0; r < n; r++) {
    if (ids[r] === responseId && caseworkers[r] === caseworkerId) {
      chosen = r;
      break;
    }
  }
  if (chosen < 0) return null;
  const person = persons[chosen]!;
  const centre = centres[chosen]!;
  const valid = (b: number | null | undefined): b is number => typeof b === 'number' && !Number.isNaN(b);

  const answers: LooAnswer[] = [];
  let ownSum = 0;
  let ownCount = 0;
  let leftOutCount = 0;
  const ownPersons = new Set<number>();
  let centreSum = 0;
  let centreCount = 0;
  const centreCaseworkers = new Set<number>();
  for (let r = 0; r < n; r++) {
    const b = beliefs[r];
    if (caseworkers[r] === caseworkerId) {
      const samePerson = persons[r] === person;
      const status: LooAnswer['status'] = !valid(b) ? 'dont_know' : samePerson ? 'left_out' : 'counted';
      answers.push({ responseId: ids[r]!, person: persons[r]!, quarter: String(quarters[r]), belief: valid(b) ? b : null, status });
      if (status === 'counted') {
        ownSum += b as number;
        ownCount++;
        ownPersons.add(persons[r]!);
      }
      if (samePerson) leftOutCount++;
    } else if (centres[r] === centre && valid(b)) {
      centreSum += b;
      centreCount++;
      centreCaseworkers.add(caseworkers[r]!);
    }
  }
  answers.sort((a, b) => (a.quarter < b.quarter ? -1 : a.quarter > b.quarter ? 1 : a.responseId - b.responseId));
  const ownMean = ownCount > 0 ? ownSum / ownCount : null;
  const centreMean = centreCount > 0 ? centreSum / centreCount : null;
  return {
    caseworker: caseworkerId,
    centre,
    response: answers.find((a) => a.responseId === responseId)!,
    answers,
    ownMean,
    ownCount,
    ownPersons: ownPersons.size,
    leftOutCount,
    centreMean,
    centreCount,
    centreCaseworkers: centreCaseworkers.size,
    orientation: ownMean != null && centreMean != null ? ownMean - centreMean : null,
  };
}
