package uz.ovoz.voting.event.control;

import uz.ovoz.voting.event.boundary.CandidateFields;

/** One candidate read from an import (a CSV line or a registry record), with the registry's id if any. */
public record CandidateRow(CandidateFields fields, String externalId) {}
