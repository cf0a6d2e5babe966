# Reference estimates for the BIP Explorer estimators, fitted with R's own tools so the TypeScript in
# src/lib/analysis and src/lib/stats can be checked against them to 1e-6 (tests/lib/analysis/estimators.test.ts).
#
# Run from the repository root (needs the Debian packages r-cran-aer, r-cran-sandwich, r-cran-jsonlite):
#
#   Rscript scripts/reference/estimates.R                       # data/sample.csv -> tests/fixtures/reference-estimates.json
#   Rscript scripts/reference/estimates.R other.csv out.json    # any CSV with the codebook's columns
#
# Re-run it (and commit the fixture) whenever data/sample.csv changes: the test compares the CSV's MD5
# with the one recorded here and fails with this command if they differ.
#
# Models (outcome = job_52w and job_or_edu_52w; rows = complete cases of each model's variables):
#   naive   lm(y ~ belief)
#   ols     lm(y ~ belief + controls + job-centre FE)
#   change  lm(y ~ caseworker_changes + controls + job-centre FE)
#   iv      AER::ivreg(y ~ belief + controls + FE | job_orientation + controls + FE)
# controls = age + gender + benefit_group + years_on_benefits + self_belief + health_coping + job_search.
# Standard errors: sandwich::vcovCL(cluster = ~caseworker_id, type = "HC1") (CR1: G/(G-1)*(N-1)/(N-K)).
# Intervals and p-values: lmtest::coefci / coeftest with df = G - 1 (t with G-1 df, as Stata).
# First stage: lm(belief ~ job_orientation + controls + FE); f = (coef / clustered SE)^2, the
# cluster-robust Wald F for one instrument; f_conventional = the homoskedastic partial F (= anova F).
#
# job_orientation is computed here from its definition, independently of the TypeScript:
#   for the answer about person i by caseworker c at centre j,
#   mean of c's non-empty beliefs over c's answers about persons other than i
#   minus the mean of all non-empty beliefs by caseworkers other than c at centre j; NA when undefined.

suppressPackageStartupMessages({
  library(AER)
  library(sandwich)
  library(lmtest)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = TRUE)
input <- if (length(args) >= 1) args[[1]] else "data/sample.csv"
output <- if (length(args) >= 2) args[[2]] else "tests/fixtures/reference-estimates.json"

d <- read.csv(input, stringsAsFactors = FALSE, na.strings = "")
stopifnot(nrow(d) > 0)

# ---- job orientation, from sums so each term is an exact leave-out mean ----
has <- !is.na(d$belief)
b0 <- ifelse(has, d$belief, 0)
sum_by <- function(x, ...) ave(x, ..., FUN = sum)
s_c <- sum_by(b0, d$caseworker_id);                n_c <- sum_by(as.numeric(has), d$caseworker_id)
s_ci <- sum_by(b0, d$caseworker_id, d$person_id);  n_ci <- sum_by(as.numeric(has), d$caseworker_id, d$person_id)
s_j <- sum_by(b0, d$jobcentre_id);                 n_j <- sum_by(as.numeric(has), d$jobcentre_id)
s_jc <- sum_by(b0, d$jobcentre_id, d$caseworker_id); n_jc <- sum_by(as.numeric(has), d$jobcentre_id, d$caseworker_id)
own <- ifelse(n_c - n_ci > 0, (s_c - s_ci) / (n_c - n_ci), NA)
others <- ifelse(n_j - n_jc > 0, (s_j - s_jc) / (n_j - n_jc), NA)
d$job_orientation <- own - others

jo <- d$job_orientation
ok <- !is.na(jo)
job_orientation_summary <- list(
  defined = sum(ok),
  sum = sum(jo[ok]),
  sum_squares = sum(jo[ok]^2),
  # Weighting by the 1-based row number makes the checksum sensitive to which row gets which value.
  row_weighted_sum = sum(jo[ok] * which(ok)),
  first = unname(as.list(jo[seq_len(min(20, nrow(d)))]))
)

# ---- models ----
d$gender <- factor(d$gender)
d$benefit_group <- factor(d$benefit_group)
d$jobcentre_id <- factor(d$jobcentre_id)
controls <- "age + gender + benefit_group + years_on_benefits + self_belief + health_coping + job_search + jobcentre_id"
control_vars <- c("age", "gender", "benefit_group", "years_on_benefits", "self_belief", "health_coping",
                  "job_search", "jobcentre_id")

complete <- function(vars) {
  sub <- d[stats::complete.cases(d[, c(vars, "caseworker_id")]), , drop = FALSE]
  droplevels(sub)
}

summarise <- function(model, term, data) {
  if (any(is.na(coef(model)))) stop("aliased coefficient in ", deparse(formula(model)))
  vc <- vcovCL(model, cluster = ~caseworker_id, type = "HC1")
  g <- length(unique(data$caseworker_id))
  ct <- coeftest(model, vcov. = vc, df = g - 1)
  ci <- coefci(model, parm = term, vcov. = vc, df = g - 1, level = 0.95)
  list(
    coefficient = unname(coef(model)[[term]]),
    se = unname(sqrt(vc[term, term])),
    low = unname(ci[1, 1]),
    high = unname(ci[1, 2]),
    p = unname(ct[term, 4]),
    n = nrow(data),
    clusters = g,
    k = length(coef(model))
  )
}

fit_all <- function(y) {
  naive_data <- complete(c(y, "belief"))
  naive <- lm(as.formula(paste(y, "~ belief")), data = naive_data)

  ols_data <- complete(c(y, "belief", control_vars))
  ols <- lm(as.formula(paste(y, "~ belief +", controls)), data = ols_data)

  change_data <- complete(c(y, "caseworker_changes", control_vars))
  change <- lm(as.formula(paste(y, "~ caseworker_changes +", controls)), data = change_data)

  iv_data <- complete(c(y, "belief", "job_orientation", control_vars))
  iv <- ivreg(as.formula(paste(y, "~ belief +", controls, "| job_orientation +", controls)), data = iv_data)
  first <- lm(as.formula(paste("belief ~ job_orientation +", controls)), data = iv_data)
  first_vc <- vcovCL(first, cluster = ~caseworker_id, type = "HC1")
  first_coef <- unname(coef(first)[["job_orientation"]])
  first_se <- unname(sqrt(first_vc["job_orientation", "job_orientation"]))
  restricted <- lm(as.formula(paste("belief ~", controls)), data = iv_data)
  f_conventional <- anova(restricted, first)$F[[2]]

  iv_summary <- summarise(iv, "belief", iv_data)
  iv_summary$firstStage <- list(
    coefficient = first_coef,
    se = first_se,
    f = (first_coef / first_se)^2,
    fConventional = f_conventional
  )
  list(
    naive = summarise(naive, "belief", naive_data),
    ols = summarise(ols, "belief", ols_data),
    change = summarise(change, "caseworker_changes", change_data),
    iv = iv_summary
  )
}

result <- list(
  generatedBy = "Rscript scripts/reference/estimates.R",
  input = input,
  inputMd5 = unname(tools::md5sum(input)),
  rows = nrow(d),
  rVersion = R.version.string,
  packages = list(
    AER = as.character(packageVersion("AER")),
    sandwich = as.character(packageVersion("sandwich")),
    lmtest = as.character(packageVersion("lmtest"))
  ),
  interval = "coefficient -/+ qt(0.975, G - 1) * se (lmtest::coefci(df = G - 1))",
  jobOrientation = job_orientation_summary,
  models = list(
    job_52w = fit_all("job_52w"),
    job_or_edu_52w = fit_all("job_or_edu_52w")
  )
)

# jsonlite prints at most 15 significant digits, which loses the last bits of a double; write each
# double verbatim in the shortest of %.15g / %.16g / %.17g that reads back as exactly the same value.
exact <- function(x) {
  if (is.list(x)) return(lapply(x, exact))
  if (is.double(x) && length(x) == 1 && is.finite(x)) {
    for (digits in 15:17) {
      text <- sprintf("%.*g", digits, x)
      if (as.double(text) == x) break
    }
    return(structure(text, class = "json"))
  }
  x
}
dir.create(dirname(output), recursive = TRUE, showWarnings = FALSE)
writeLines(toJSON(exact(result), auto_unbox = TRUE, json_verbatim = TRUE, pretty = TRUE, na = "null"), output)
cat("wrote", output, "\n")
