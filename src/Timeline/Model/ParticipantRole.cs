namespace Annals.Model;

/// <summary>The part an actor plays in an event.</summary>
/// <remarks>
/// Roles follow the actor/recipient convention of CAMEO and PLOVER: the visitor is the actor of a visit and the host its
/// recipient; the caller is the actor of a call and the callee its recipient. In the file format each value is written
/// in lowercase (<c>host</c>, <c>visitor</c>, …).
/// </remarks>
public enum ParticipantRole
{
    /// <summary>Receives a visit or hosts a meeting.</summary>
    Host,

    /// <summary>Travels to meet a host.</summary>
    Visitor,

    /// <summary>Places a telephone or video call.</summary>
    Caller,

    /// <summary>Receives a telephone or video call.</summary>
    Callee,

    /// <summary>Takes part without a more specific role.</summary>
    Participant,

    /// <summary>Sends something: people, a message, an offer.</summary>
    Sender,

    /// <summary>Receives what a sender sends.</summary>
    Receiver,

    /// <summary>Signs or enters an agreement.</summary>
    Signatory,

    /// <summary>Makes a statement.</summary>
    Speaker,

    /// <summary>Is spoken about or acted upon without taking part.</summary>
    Subject,

    /// <summary>Mediates between other parties.</summary>
    Mediator,
}
