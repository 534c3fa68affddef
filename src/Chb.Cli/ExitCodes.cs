namespace Chb.Cli;

/// <summary>
/// Every exit code <c>chb</c> returns, in one place (the README's table copies this one).
/// A push that completed is a success even when rows were rejected: the receipt says which and why.
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>The hub refused or failed the command (invalid request, unavailable adapter, hub error).</summary>
    public const int Failed = 1;

    /// <summary>The command line is wrong: unknown command or option, missing or malformed value, missing file.</summary>
    public const int Usage = 2;

    /// <summary>The hub could not be reached at the address given (<c>--hub</c> or <c>CHB_HUB</c>).</summary>
    public const int CannotConnect = 3;

    /// <summary>
    /// Something named does not exist (adapter, reference, nominal, location, OCG, opportunity, site) or the caller may not do this.
    /// The hub answers a subject outside the caller's OCGs exactly as one it does not know.
    /// </summary>
    public const int NotFoundOrDenied = 4;

    /// <summary>A local file or folder could not be read or written.</summary>
    public const int LocalFile = 5;

    /// <summary>The hub wants a valid token and got none, or one it does not accept (unsigned by a key it trusts, expired, malformed).</summary>
    public const int Unauthenticated = 6;

    /// <summary><c>chb token</c> or <c>chb demo load</c> found no development signing key (the hub is not in development mode on this machine).</summary>
    public const int NoDevelopmentKey = 7;

    /// <summary><c>chb audit verify</c> found the audit log altered: an entry edited, missing or out of order, or a checkpoint not matched.</summary>
    public const int AuditNotIntact = 8;

    /// <summary>Interrupted (Ctrl+C), as shells report SIGINT.</summary>
    public const int Cancelled = 130;
}
