namespace Chb.Hub.Tactics;

/// <summary>One fact a record states about one of its people or places.</summary>
/// <param name="Subject">Whether the fact is about a person or a place.</param>
/// <param name="ItemIndex">
/// The index into <c>record.Parties</c> (person) or <c>record.Locations</c> (location): the same index the linking
/// mentions use, so a fact joins the hub nominal or location its mention is linked to.
/// </param>
/// <param name="Fact">A name from <see cref="FactNames"/>.</param>
/// <param name="On">The best date the record gives for it (case opened, warrant issued); null when it gives none.</param>
/// <param name="Detail">A code only (a VRM, case type, marker or offence code); never names, notes, intelligence or PNC/CRO numbers.</param>
public sealed record ExtractedFact(FactSubject Subject, int ItemIndex, string Fact, DateOnly? On, string? Detail);
