namespace Chb.Hub.Ingest;

/// <summary>One thing wrong with a row: the field (a path such as <c>parties[0].person.dateOfBirth</c>) and why.</summary>
internal sealed record FieldProblem(string Field, string Reason);
