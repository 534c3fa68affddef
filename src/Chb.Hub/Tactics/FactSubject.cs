namespace Chb.Hub.Tactics;

/// <summary>What a fact, a tactic or an evaluation is about.</summary>
public enum FactSubject
{
    /// <summary>A person: a party of a record that has person details.</summary>
    Person,

    /// <summary>A place: one of a record's locations.</summary>
    Location,
}
