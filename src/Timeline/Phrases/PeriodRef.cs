using NodaTime;

namespace Annals.Phrases;

/// <summary>A week, month or year that a phrase picked out, with the reason it was picked, before it is turned into a span.</summary>
/// <param name="Unit">Week, month or year.</param>
/// <param name="Start">Its first day: a Monday, the 1st of the month, or 1 January.</param>
/// <param name="Reason">Why this one: "next month after 28 March 2025", "March, the most recent March not after March 2025".</param>
internal readonly record struct PeriodRef(PhraseUnit Unit, LocalDate Start, string Reason);
