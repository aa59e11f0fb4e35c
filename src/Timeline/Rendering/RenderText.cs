using System.Globalization;
using Annals.Model;

namespace Annals.Rendering;

/// <summary>
/// The words the renderers add around the user's text ("planned", "reportedly", "between … and …", "Undated", the table
/// headers), in English and in Spanish. Any culture whose language is not Spanish gets the English words.
/// </summary>
/// <remarks>Templates use composite-format placeholders (<c>{0}</c>, <c>{1}</c>) and are filled with the invariant
/// culture, so the arguments are inserted verbatim. Instances are immutable and thread-safe.</remarks>
internal sealed class RenderText
{
    private RenderText()
    {
    }

    /// <summary>Gets the English words, used for the invariant culture and every language other than Spanish.</summary>
    public static RenderText English { get; } = new()
    {
        Chronology = "Chronology",
        UndatedHeading = "Undated",
        Undated = "undated",
        NoEvents = "No events.",
        Contents = "Contents",
        Participants = "Participants",
        ColumnDate = "Date",
        ColumnEvent = "Event",
        ColumnParticipants = "Participants",
        ColumnStatus = "Status",
        ColumnSources = "Sources",
        Sources = "Sources",
        BackToText = "Back to the text",
        Circa = "c. {0}",
        Possibly = "possibly {0}",
        Before = "before {0}",
        After = "after {0}",
        OrEarlier = "{0} or earlier",
        OrLater = "{0} or later",
        Between = "between {0}",
        DayPair = "{0} and {1}",
        Pair = "{0} and {1}",
        EarlyMonth = "early {0}",
        MidMonth = "mid {0}",
        LateMonth = "late {0}",
        ListAnd = " and ",
        ListOr = " or ",
        BeforeCommonEra = "{0} BCE",
        Decade = "{0}s",
        Century = "{0}s",
        Spring = "spring",
        Summer = "summer",
        Autumn = "autumn",
        Winter = "winter",
        SeasonOfYear = "{0} {1}",
        Quarter = "{0} quarter of {1}",
        Semester = "{0} half of {1}",
        Ordinals = ["first", "second", "third", "fourth"],
        NorthernHemisphere = "{0} (Northern Hemisphere)",
        SouthernHemisphere = "{0} (Southern Hemisphere)",
        Planned = "planned",
        PlannedFor = "planned for {0}",
        NoOutcomeRecorded = "no outcome recorded",
        WhatChanged = "What changed between {0} and {1}",
        Added = "Added",
        Removed = "Removed",
        Changed = "Changed",
        NoChanges = "Nothing changed.",
        None = "none",
        Postponed = "postponed",
        Cancelled = "cancelled",
        Reported = "reported",
        Alleged = "alleged",
        Disputed = "disputed",
        CitingAnonymousSources = "citing anonymous sources",
        Quotation = "“{0}”",
        Roles = new Dictionary<ParticipantRole, string>
        {
            [ParticipantRole.Host] = "host",
            [ParticipantRole.Visitor] = "visitor",
            [ParticipantRole.Caller] = "caller",
            [ParticipantRole.Callee] = "callee",
            [ParticipantRole.Participant] = "participant",
            [ParticipantRole.Sender] = "sender",
            [ParticipantRole.Receiver] = "receiver",
            [ParticipantRole.Signatory] = "signatory",
            [ParticipantRole.Speaker] = "speaker",
            [ParticipantRole.Subject] = "subject",
            [ParticipantRole.Mediator] = "mediator",
        },
    };

    /// <summary>Gets the Spanish words.</summary>
    public static RenderText Spanish { get; } = new()
    {
        Chronology = "Cronología",
        UndatedHeading = "Sin fecha",
        Undated = "sin fecha",
        NoEvents = "No hay acontecimientos.",
        Contents = "Contenido",
        Participants = "Participantes",
        ColumnDate = "Fecha",
        ColumnEvent = "Acontecimiento",
        ColumnParticipants = "Participantes",
        ColumnStatus = "Estado",
        ColumnSources = "Fuentes",
        Sources = "Fuentes",
        BackToText = "Volver al texto",
        Circa = "c. {0}",
        Possibly = "posiblemente {0}",
        Before = "antes de {0}",
        After = "después de {0}",
        OrEarlier = "{0} o antes",
        OrLater = "{0} o después",
        Between = "entre {0}",
        DayPair = "el {0} y el {1}",
        Pair = "{0} y {1}",
        EarlyMonth = "principios de {0}",
        MidMonth = "mediados de {0}",
        LateMonth = "finales de {0}",
        ListAnd = " y ",
        ListOr = " o ",
        BeforeCommonEra = "{0} a. C.",
        Decade = "década de {0}",
        Century = "siglo {1}",
        Spring = "primavera",
        Summer = "verano",
        Autumn = "otoño",
        Winter = "invierno",
        SeasonOfYear = "{0} de {1}",
        Quarter = "{0} trimestre de {1}",
        Semester = "{0} semestre de {1}",
        Ordinals = ["primer", "segundo", "tercer", "cuarto"],
        NorthernHemisphere = "{0} (hemisferio norte)",
        SouthernHemisphere = "{0} (hemisferio sur)",
        Planned = "previsto",
        PlannedFor = "previsto para {0}",
        NoOutcomeRecorded = "sin resultado registrado",
        WhatChanged = "Qué cambió entre el {0} y el {1}",
        Added = "Añadidos",
        Removed = "Eliminados",
        Changed = "Modificados",
        NoChanges = "No hubo cambios.",
        None = "ninguno",
        Postponed = "aplazado",
        Cancelled = "cancelado",
        Reported = "según informes",
        Alleged = "presunto",
        Disputed = "en disputa",
        CitingAnonymousSources = "citando fuentes anónimas",
        Quotation = "«{0}»",
        Roles = new Dictionary<ParticipantRole, string>
        {
            [ParticipantRole.Host] = "anfitrión",
            [ParticipantRole.Visitor] = "visitante",
            [ParticipantRole.Caller] = "autor de la llamada",
            [ParticipantRole.Callee] = "destinatario de la llamada",
            [ParticipantRole.Participant] = "participante",
            [ParticipantRole.Sender] = "remitente",
            [ParticipantRole.Receiver] = "receptor",
            [ParticipantRole.Signatory] = "firmante",
            [ParticipantRole.Speaker] = "declarante",
            [ParticipantRole.Subject] = "aludido",
            [ParticipantRole.Mediator] = "mediador",
        },
    };

    /// <summary>Gets the default document title, used when neither the options nor the timeline give one.</summary>
    public required string Chronology { get; init; }

    /// <summary>Gets the heading of the group of events with no known day.</summary>
    public required string UndatedHeading { get; init; }

    /// <summary>Gets the date label of a date with no known day at all.</summary>
    public required string Undated { get; init; }

    /// <summary>Gets the paragraph written for a timeline with no events.</summary>
    public required string NoEvents { get; init; }

    /// <summary>Gets the heading of the table of contents.</summary>
    public required string Contents { get; init; }

    /// <summary>Gets the word that introduces the participants of an event in the list style.</summary>
    public required string Participants { get; init; }

    /// <summary>Gets the header of the date column.</summary>
    public required string ColumnDate { get; init; }

    /// <summary>Gets the header of the event column.</summary>
    public required string ColumnEvent { get; init; }

    /// <summary>Gets the header of the participants column.</summary>
    public required string ColumnParticipants { get; init; }

    /// <summary>Gets the header of the status column.</summary>
    public required string ColumnStatus { get; init; }

    /// <summary>Gets the header of the sources column.</summary>
    public required string ColumnSources { get; init; }

    /// <summary>Gets the heading of the list of sources (HTML) and the word that introduces an event's sources
    /// (TimelineJS).</summary>
    public required string Sources { get; init; }

    /// <summary>Gets the label of the link from a source back to where it is cited (HTML).</summary>
    public required string BackToText { get; init; }

    /// <summary>Gets the template of an approximate date: "c. {0}".</summary>
    public required string Circa { get; init; }

    /// <summary>Gets the template of an uncertain date: "possibly {0}".</summary>
    public required string Possibly { get; init; }

    /// <summary>Gets the template of an interval with an open or unknown start: "before {0}".</summary>
    public required string Before { get; init; }

    /// <summary>Gets the template of an interval with an open or unknown end: "after {0}".</summary>
    public required string After { get; init; }

    /// <summary>Gets the template of a one-of set open at the start: "{0} or earlier".</summary>
    public required string OrEarlier { get; init; }

    /// <summary>Gets the template of a one-of set open at the end: "{0} or later".</summary>
    public required string OrLater { get; init; }

    /// <summary>Gets the template of a one-of range: "between {0}", where {0} is a pair.</summary>
    public required string Between { get; init; }

    /// <summary>Gets the template of a pair of days inside "between": "{0} and {1}".</summary>
    public required string DayPair { get; init; }

    /// <summary>Gets the template of a pair of months or years inside "between": "{0} and {1}".</summary>
    public required string Pair { get; init; }

    /// <summary>Gets the template of the first third of a month: "early {0}".</summary>
    public required string EarlyMonth { get; init; }

    /// <summary>Gets the template of the second third of a month: "mid {0}".</summary>
    public required string MidMonth { get; init; }

    /// <summary>Gets the template of the last third of a month: "late {0}".</summary>
    public required string LateMonth { get; init; }

    /// <summary>Gets the word joining the last two items of an all-of list: " and ".</summary>
    public required string ListAnd { get; init; }

    /// <summary>Gets the word joining the last two items of a one-of list: " or ".</summary>
    public required string ListOr { get; init; }

    /// <summary>Gets the template of a year before year 1: "{0} BCE".</summary>
    public required string BeforeCommonEra { get; init; }

    /// <summary>Gets the template of a decade: "{0}s", with {0} its first year.</summary>
    public required string Decade { get; init; }

    /// <summary>Gets the template of a century: "{0}s" with {0} its first year, or "siglo {1}" with {1} in Roman numerals.</summary>
    public required string Century { get; init; }

    /// <summary>Gets the name of spring.</summary>
    public required string Spring { get; init; }

    /// <summary>Gets the name of summer.</summary>
    public required string Summer { get; init; }

    /// <summary>Gets the name of autumn.</summary>
    public required string Autumn { get; init; }

    /// <summary>Gets the name of winter.</summary>
    public required string Winter { get; init; }

    /// <summary>Gets the template of a season of a year: "{0} {1}" ("spring 2025").</summary>
    public required string SeasonOfYear { get; init; }

    /// <summary>Gets the template of a quarter: "{0} quarter of {1}", with {0} an ordinal and {1} the year.</summary>
    public required string Quarter { get; init; }

    /// <summary>Gets the template of a half year: "{0} half of {1}".</summary>
    public required string Semester { get; init; }

    /// <summary>Gets the ordinals first to fourth.</summary>
    public required IReadOnlyList<string> Ordinals { get; init; }

    /// <summary>Gets the template of a Northern Hemisphere season.</summary>
    public required string NorthernHemisphere { get; init; }

    /// <summary>Gets the template of a Southern Hemisphere season.</summary>
    public required string SouthernHemisphere { get; init; }

    /// <summary>Gets the word for <see cref="EventStatus.Planned"/>.</summary>
    public required string Planned { get; init; }

    /// <summary>Gets the label of an overdue plan: "planned for {0}", where {0} is the date label.</summary>
    public required string PlannedFor { get; init; }

    /// <summary>Gets the words that flag an overdue plan: "no outcome recorded".</summary>
    public required string NoOutcomeRecorded { get; init; }

    /// <summary>Gets the heading of a diff: "What changed between {0} and {1}".</summary>
    public required string WhatChanged { get; init; }

    /// <summary>Gets the heading of added events.</summary>
    public required string Added { get; init; }

    /// <summary>Gets the heading of removed events.</summary>
    public required string Removed { get; init; }

    /// <summary>Gets the heading of changed events.</summary>
    public required string Changed { get; init; }

    /// <summary>Gets the sentence for an empty diff.</summary>
    public required string NoChanges { get; init; }

    /// <summary>Gets the word for a missing value in a diff.</summary>
    public required string None { get; init; }

    /// <summary>Gets the word for <see cref="EventStatus.Postponed"/>.</summary>
    public required string Postponed { get; init; }

    /// <summary>Gets the word for <see cref="EventStatus.Cancelled"/>.</summary>
    public required string Cancelled { get; init; }

    /// <summary>Gets the word for <see cref="Certainty.Reported"/>.</summary>
    public required string Reported { get; init; }

    /// <summary>Gets the word for <see cref="Certainty.Alleged"/>.</summary>
    public required string Alleged { get; init; }

    /// <summary>Gets the word for <see cref="Certainty.Disputed"/>.</summary>
    public required string Disputed { get; init; }

    /// <summary>Gets the phrase for a source of kind <see cref="SourceKind.Anonymous"/>.</summary>
    public required string CitingAnonymousSources { get; init; }

    /// <summary>Gets the template of a quotation: "“{0}”".</summary>
    public required string Quotation { get; init; }

    /// <summary>Gets the words for the participant roles.</summary>
    public required IReadOnlyDictionary<ParticipantRole, string> Roles { get; init; }

    /// <summary>Picks the words for a culture: Spanish for any Spanish culture, English otherwise.</summary>
    /// <param name="culture">The culture, or <see langword="null"/> for invariant English.</param>
    /// <returns>The words.</returns>
    public static RenderText For(CultureInfo? culture) =>
        culture is not null && culture.TwoLetterISOLanguageName == "es" ? Spanish : English;

    /// <summary>Fills a one-placeholder template.</summary>
    /// <param name="template">The template.</param>
    /// <param name="value">The value for {0}.</param>
    /// <returns>The filled template.</returns>
    public static string Fill(string template, string value) =>
        string.Format(CultureInfo.InvariantCulture, template, value);

    /// <summary>Fills a two-placeholder template.</summary>
    /// <param name="template">The template.</param>
    /// <param name="first">The value for {0}.</param>
    /// <param name="second">The value for {1}.</param>
    /// <returns>The filled template.</returns>
    public static string Fill(string template, string first, string second) =>
        string.Format(CultureInfo.InvariantCulture, template, first, second);

    /// <summary>Gets the word for a status, or <see langword="null"/> for <see cref="EventStatus.Occurred"/>, which
    /// goes without saying.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The word, or <see langword="null"/>.</returns>
    public string? StatusWord(EventStatus status) => status switch
    {
        EventStatus.Planned => Planned,
        EventStatus.Postponed => Postponed,
        EventStatus.Cancelled => Cancelled,
        _ => null,
    };

    /// <summary>Gets the word for a certainty, or <see langword="null"/> for <see cref="Certainty.Confirmed"/>, which
    /// goes without saying.</summary>
    /// <param name="certainty">The certainty.</param>
    /// <returns>The word, or <see langword="null"/>.</returns>
    public string? CertaintyWord(Certainty certainty) => certainty switch
    {
        Certainty.Reported => Reported,
        Certainty.Alleged => Alleged,
        Certainty.Disputed => Disputed,
        _ => null,
    };

    /// <summary>Gets the word for a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The word; the enumeration's written name if the table lacks it.</returns>
    public string Role(ParticipantRole role) =>
        Roles.TryGetValue(role, out var word) ? word : Vocabulary.Name(role);
}
