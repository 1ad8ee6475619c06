// The class a standard gives a household, computed on the device from the standard's questionnaire
// (GET /api/v1/standards/{code}/questionnaire) exactly as the registry computes it (Classifier.java): poor when the
// income (or score A) is at most the line of the area type and the deprivations reach the cut-off; near-poor when at
// most the line with fewer; average living standard up to the upper bound; otherwise not poor. Above the line a
// household is never poor, whatever it lacks. Both are proved on the same table of cases (classifier-cases.json).

/** Answers that cannot be classified; field names the answer to correct, as the registry's field errors do. */
export class InvalidAnswers extends Error {
  constructor(field, message) {
    super(message);
    this.field = field;
  }
}

export function indicatorCodes(questionnaire) {
  return questionnaire.dimensions.flatMap((d) => d.indicators.map((i) => i.code));
}

function deprivations(questionnaire, answers) {
  const codes = indicatorCodes(questionnaire);
  if (answers.deprivedIndicators != null) {
    const found = [];
    for (const code of answers.deprivedIndicators) {
      if (!codes.includes(code)) {
        throw new InvalidAnswers('deprivedIndicators', 'standard ' + questionnaire.standardCode + ' has no indicator ' + code);
      }
      if (!found.includes(code)) { found.push(code); }
    }
    return found;
  }
  if (answers.scoreB != null) {
    const per = questionnaire.score.scoreBPointsPerIndicator;
    if (!Number.isInteger(answers.scoreB) || answers.scoreB < 0 || answers.scoreB % per !== 0 || answers.scoreB / per > codes.length) {
      throw new InvalidAnswers('scoreB', 'must be a multiple of ' + per + ' from 0 to ' + per * codes.length);
    }
    return Array.from({ length: answers.scoreB / per }, (_, i) => 'SCORE_B_' + (i + 1));
  }
  throw new InvalidAnswers('deprivedIndicators', 'list the deprived indicators (or give score B)');
}

/**
 * @param questionnaire the standard's questionnaire
 * @param areaType RURAL or URBAN, the round's
 * @param answers {incomePerPersonMonthlyVnd | scoreA, deprivedIndicators | scoreB}; money in whole đồng
 * @returns {{status, basis, value, line, upper, deprived, cutoff}}
 */
export function classify(questionnaire, areaType, answers) {
  const deprived = deprivations(questionnaire, answers);
  let basis; let value; let line; let upper;
  if (answers.incomePerPersonMonthlyVnd != null) {
    value = answers.incomePerPersonMonthlyVnd;
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new InvalidAnswers('incomePerPersonMonthlyVnd', 'must be 0 or more whole đồng');
    }
    basis = 'INCOME';
    line = questionnaire.income.lineVnd[areaType];
    upper = questionnaire.income.averageLivingUpperBoundVnd ? questionnaire.income.averageLivingUpperBoundVnd[areaType] : null;
  } else if (answers.scoreA != null) {
    const scoreA = questionnaire.score.scoreA;
    if (!scoreA) {
      throw new InvalidAnswers('scoreA', 'the score equivalents of standard ' + questionnaire.standardCode + ' are not published: give the income');
    }
    value = answers.scoreA;
    if (!Number.isInteger(value) || value < 0) { throw new InvalidAnswers('scoreA', 'must be 0 or more points'); }
    basis = 'SCORE_A';
    line = scoreA.povertyLine[areaType];
    upper = scoreA.averageLivingUpperBound ? scoreA.averageLivingUpperBound[areaType] : null;
  } else {
    throw new InvalidAnswers('incomePerPersonMonthlyVnd', 'give the income per person per month (or score A)');
  }
  const cutoff = questionnaire.deprivationCutoff;
  let status;
  if (value <= line) {
    status = deprived.length >= cutoff ? 'POOR' : 'NEAR_POOR';
  } else if (upper != null && value <= upper) {
    status = 'AVERAGE_LIVING';
  } else {
    status = 'NOT_POOR';
  }
  return { status, basis, value, line, upper: upper == null ? null : upper, deprived, cutoff };
}
