using Annals.Dates;
using Annals.Model;
using Annals.Timelines;
using NodaTime;

namespace Annals;

/// <summary>Built-in sample chronologies, for trying the library, for tests and for the command line's default.</summary>
public static class Samples
{
    private static readonly Lazy<Timeline> ElSalvador = new(BuildElSalvadorUnitedStates2025);

    /// <summary>
    /// Gets the El Salvador–United States chronology of 2021–2025, from a news article of 28 March 2025: the declined
    /// meeting of 2021 (reported, disputed), the call a few days after the inauguration, Rubio's visit of 3 February and
    /// the migration agreement offered there, the deportations of 15–16 March, the reports of 28 March and Bukele's
    /// reply, and the White House visit, recorded on 28 March as planned for April (reported) and on 14 April as
    /// having taken place that day.
    /// </summary>
    /// <remarks>The same chronology is shipped as a file in <c>docs/examples/el-salvador-united-states-2025.json</c>.
    /// The instance is built once and shared; it is immutable.</remarks>
    public static Timeline ElSalvadorUnitedStates2025 => ElSalvador.Value;

    private static Timeline BuildElSalvadorUnitedStates2025()
    {
        var builder = Timeline.CreateBuilder();
        builder.Title = "El Salvador–United States relations, 2021–2025";
        builder.Description =
            "How relations between El Salvador and the United States developed from a declined meeting in 2021 to a " +
            "White House visit of 14 April 2025, first reported on 28 March 2025 as planned for \"next month\".";

        builder.AddActors(
        [
            new Actor("bukele", "Nayib Bukele")
            {
                Country = new CountryCode("SLV"),
                Offices = [new Office("Salvadoran President", Date("2019-06-01/.."))],
            },
            new Actor("trump", "Donald Trump")
            {
                Country = new CountryCode("USA"),
                Offices =
                [
                    new Office("U.S. President", Date("2017-01-20/2021-01-20")),
                    new Office("U.S. President", Date("2025-01-20/..")),
                ],
            },
            new Actor("biden", "Joe Biden")
            {
                Country = new CountryCode("USA"),
                Offices = [new Office("U.S. President", Date("2021-01-20/2025-01-20"))],
            },
            new Actor("rubio", "Marco Rubio")
            {
                Country = new CountryCode("USA"),
                Offices =
                [
                    new Office("U.S. Senator", Date("2011-01-03/2025-01-20")),
                    new Office("U.S. Secretary of State", Date("2025-01-21/..")),
                ],
            },
            new Actor("el-salvador", "El Salvador", ActorKind.State) { Country = new CountryCode("SLV") },
            new Actor("united-states", "United States", ActorKind.State) { Country = new CountryCode("USA") },
        ]);

        var whiteHouse = new Location("The White House, Washington, D.C.", new CountryCode("USA"), new GeoPoint(38.8977, -77.0365));

        var sortorReport = new Source("Nick Sortor")
        {
            Author = "@nicksortor",
            Kind = SourceKind.Social,
            Published = Date("2025-03-28"),
            Quote = "🚨 JUST IN: President Trump will be hosting El Salvador President Nayib Bukele at the White House next month",
        };

        builder.Add(new Event("biden-declines-bukele-meeting", "Biden reportedly turns down a meeting with Bukele", Date("2021"))
        {
            Summary = "NBC News reported, citing anonymous sources, that President Joe Biden passed up the opportunity to " +
                "meet Bukele during a 2021 trip to the United States, fearing a meeting would be seen as a \"sign of " +
                "support\". Bukele disputes this: he says the trip was private, with his wife and daughter, and that " +
                "he did not seek a meeting.",
            Kind = EventKind.RejectMeeting,
            Status = EventStatus.Occurred,
            Certainty = Certainty.Disputed,
            Participants = [Participant.Host("biden"), Participant.Visitor("bukele")],
            Location = new Location("United States", new CountryCode("USA")),
            Sources =
            [
                new Source("NBC News")
                {
                    Kind = SourceKind.Anonymous,
                    Quote = "sign of support",
                },
            ],
            Tags = ["disputed-account"],
        });

        builder.Add(new Event("trump-inauguration", "Donald Trump takes office for a second term", Date("2025-01-20"))
        {
            Kind = EventKind.Custom("x-inauguration"),
            TimeZone = DateTimeZoneProviders.Tzdb["America/New_York"],
            Participants = [new Participant("trump", ParticipantRole.Subject)],
            Location = new Location("Washington, D.C.", new CountryCode("USA")),
        });

        builder.Add(new Event("trump-bukele-call", "Trump and Bukele speak by phone", Date("2025-01-2X~"))
        {
            Summary = "A few days after Trump took office, the two presidents discussed working together to stop illegal " +
                "immigration and to crack down on transnational gangs such as Tren de Aragua. Trump praised Bukele's " +
                "leadership in the region.",
            Kind = EventKind.Call,
            Participants = [Participant.Caller("trump"), Participant.Callee("bukele")],
            Sources =
            [
                new Source("The White House")
                {
                    Kind = SourceKind.Official,
                    Title = "Readout of President Donald J. Trump's call with President Nayib Bukele",
                    Quote = "Today, President Donald J. Trump held a call with President Nayib Bukele of the Republic of " +
                        "El Salvador. The two leaders discussed working together to stop illegal immigration and crack " +
                        "down on transnational gangs like Tren de Aragua. President Trump also praised President " +
                        "Bukele’s leadership in the region and the example he sets for other nations in the Western " +
                        "Hemisphere.",
                },
            ],
            Tags = ["migration", "gangs"],
            Relations = [new EventRelation(RelationType.Follows, "trump-inauguration")],
        });

        builder.Add(new Event("rubio-visits-el-salvador", "Secretary of State Rubio visits El Salvador and meets Bukele", Date("2025-02-03"))
        {
            Kind = EventKind.Visit,
            TimeZone = DateTimeZoneProviders.Tzdb["America/El_Salvador"],
            Participants = [Participant.Visitor("rubio"), Participant.Host("bukele")],
            Location = new Location("El Salvador", new CountryCode("SLV")),
            Sources =
            [
                new Source("Nayib Bukele")
                {
                    Author = "@nayibbukele",
                    Kind = SourceKind.Social,
                    Published = Date("2025-02-03"),
                    Quote = "🇸🇻🤝🏼🇺🇸",
                },
            ],
            Tags = ["migration"],
            Relations = [new EventRelation(RelationType.Follows, "trump-bukele-call")],
            Recorded = new LocalDate(2025, 2, 3),
        });

        builder.Add(new Event("migration-agreement-offered", "Bukele offers to take in deportees from the United States", Date("2025-02-03"))
        {
            Summary = "Bukele offered to take back Salvadoran MS-13 members who were in the United States illegally, and " +
                "also other violent criminals such as members of Tren de Aragua — even, if necessary, United States " +
                "citizens. Rubio called it \"the most unprecedented, extraordinary, extraordinary migratory agreement " +
                "anywhere in the world\".",
            Kind = EventKind.Agreement,
            TimeZone = DateTimeZoneProviders.Tzdb["America/El_Salvador"],
            Participants = [new Participant("bukele", ParticipantRole.Sender), new Participant("rubio", ParticipantRole.Receiver)],
            Location = new Location("El Salvador", new CountryCode("SLV")),
            Sources =
            [
                new Source("Marco Rubio")
                {
                    Kind = SourceKind.Official,
                    Quote = "the most unprecedented, extraordinary, extraordinary migratory agreement anywhere in the world",
                },
            ],
            Tags = ["migration", "gangs"],
            Relations = [new EventRelation(RelationType.PartOf, "rubio-visits-el-salvador")],
        });

        builder.Add(new Event("deportations-to-el-salvador", "The United States deports over 250 people to El Salvador", Date("2025-03-15/2025-03-16"))
        {
            Summary = "The Trump administration deported more than 250 people who were in the United States illegally to " +
                "El Salvador, despite a federal judge's objections. They included MS-13 members wanted in El Salvador " +
                "and members of Tren de Aragua.",
            Kind = EventKind.Deportation,
            Participants =
            [
                new Participant("united-states", ParticipantRole.Sender),
                new Participant("el-salvador", ParticipantRole.Receiver),
            ],
            Sources =
            [
                new Source("Nayib Bukele")
                {
                    Author = "@nayibbukele",
                    Kind = SourceKind.Social,
                    Published = Date("2025-03-16"),
                    Quote = "Oopsie… Too late 😂",
                },
                new Source("Marco Rubio")
                {
                    Author = "@SecRubio",
                    Kind = SourceKind.Social,
                    Published = Date("2025-03-16"),
                    Quote = "Thank you for your assistance and friendship, President Bukele.",
                },
            ],
            Tags = ["migration", "gangs"],
            Relations = [new EventRelation(RelationType.Implements, "migration-agreement-offered")],
            Recorded = new LocalDate(2025, 3, 16),
        });

        builder.Add(new Event("white-house-visit-reported", "Media report that Trump will host Bukele at the White House next month", Date("2025-03-28"))
        {
            Summary = "Several outlets reported that Bukele would make an official visit to Washington the following month. " +
                "No date was announced. It would likely be the first visit to Trump by a Western Hemisphere leader " +
                "since he took office.",
            Kind = EventKind.IntentToMeet,
            Certainty = Certainty.Reported,
            Participants = [Participant.Host("trump"), Participant.Visitor("bukele")],
            Sources = [sortorReport],
            Relations = [new EventRelation(RelationType.Announces, "bukele-white-house-visit")],
            Recorded = new LocalDate(2025, 3, 28),
        });

        builder.Add(new Event("bukele-diet-coke-reply", "Bukele replies that he will bring Diet Coke", Date("2025-03-28"))
        {
            Summary = "Bukele responded to the reports on X, referring to Trump's beverage of choice.",
            Kind = EventKind.Statement,
            Participants = [new Participant("bukele", ParticipantRole.Speaker), new Participant("trump", ParticipantRole.Subject)],
            Sources =
            [
                new Source("Nayib Bukele")
                {
                    Author = "@nayibbukele",
                    Kind = SourceKind.Social,
                    Published = Date("2025-03-28"),
                    Quote = "I’ll be bringing several cans of Diet Coke.",
                },
            ],
            Relations = [new EventRelation(RelationType.RespondsTo, "white-house-visit-reported")],
            Recorded = new LocalDate(2025, 3, 28),
        });

        builder.Add(new Event("bukele-white-house-visit", "Bukele visits Trump at the White House", Date("2025-04-14"))
        {
            Summary = "Bukele met Trump in the Oval Office, the first visit to Trump by a Western Hemisphere leader since " +
                "he took office.",
            Kind = EventKind.Visit,
            TimeZone = DateTimeZoneProviders.Tzdb["America/New_York"],
            Participants = [Participant.Visitor("bukele"), Participant.Host("trump")],
            Location = whiteHouse,
            Sources =
            [
                new Source("The White House")
                {
                    Kind = SourceKind.Official,
                    Published = Date("2025-04-14"),
                },
            ],
            Tags = ["migration"],
            Recorded = new LocalDate(2025, 4, 14),
            History =
            [
                new EventRevision(new LocalDate(2025, 3, 28))
                {
                    Summary = "An official visit to Washington, planned for April 2025; no date had been announced.",
                    Date = Date("2025-04"),
                    Status = EventStatus.Planned,
                    Certainty = Certainty.Reported,
                    Sources = [sortorReport],
                },
            ],
        });

        return builder.ToImmutable();
    }

    private static EdtfDate Date(string edtf) => EdtfDate.Parse(edtf).GetValueOrThrow();
}
