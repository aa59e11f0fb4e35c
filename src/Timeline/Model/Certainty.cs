namespace Annals.Model;

/// <summary>How firmly a claim about an event is established, from the strongest to the weakest.</summary>
/// <remarks>In the file format each value is written in lowercase: <c>confirmed</c>, <c>reported</c>, <c>alleged</c>,
/// <c>disputed</c>.</remarks>
public enum Certainty
{
    /// <summary>Confirmed on the record by a party to the event or by an official source. This is the default.</summary>
    Confirmed,

    /// <summary>Reported by the media, without confirmation from the parties.</summary>
    Reported,

    /// <summary>Claimed by someone, typically an anonymous or partisan source, without corroboration.</summary>
    Alleged,

    /// <summary>Reported, and denied or contested by a party to the event.</summary>
    Disputed,
}
