namespace Chb.Hub.Tactics;

/// <summary>The tactics catalogue could not be read or is invalid; lists every problem found.</summary>
internal sealed class TacticCatalogueException : Exception
{
    public TacticCatalogueException(string source, IReadOnlyList<TacticCatalogueProblem> problems, Exception? inner = null)
        : base(Describe(source, problems), inner)
    {
        Problems = problems;
    }

    public TacticCatalogueException()
        : this("catalogue", [])
    {
    }

    public TacticCatalogueException(string message)
        : base(message)
    {
        Problems = [];
    }

    public TacticCatalogueException(string message, Exception inner)
        : base(message, inner)
    {
        Problems = [];
    }

    public IReadOnlyList<TacticCatalogueProblem> Problems { get; }

    private static string Describe(string source, IReadOnlyList<TacticCatalogueProblem> problems)
        => $"The tactics catalogue {source} has {problems.Count} problem(s):{Environment.NewLine}"
            + string.Join(Environment.NewLine, problems.Select(p => $" - {p}"));
}
