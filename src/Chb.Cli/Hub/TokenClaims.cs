using Chb.Contracts.Security;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Chb.Cli;

/// <summary>What a token says about its caller, read without checking its signature: only for messages and receipts, never for trust.</summary>
internal sealed record TokenClaims(HubPersona Persona, DateTimeOffset? Expires)
{
    /// <summary>Reads a hub token's claims; null when it is not a JWT or lacks a role or agency.</summary>
    public static TokenClaims? TryRead(string? token)
    {
        var handler = new JsonWebTokenHandler();
        if (string.IsNullOrWhiteSpace(token) || !handler.CanReadToken(token))
        {
            return null;
        }

        JsonWebToken jwt;
        try
        {
            jwt = handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return null;
        }

        string? One(string type) => jwt.Claims.FirstOrDefault(c => c.Type == type)?.Value;
        string[] Many(string type) => [.. jwt.Claims.Where(c => c.Type == type).Select(c => c.Value)];
        if (One(HubClaims.Role) is not { } role || One(HubClaims.Agency) is not { } agency)
        {
            return null;
        }

        var persona = new HubPersona(One(HubClaims.Subject) ?? string.Empty, role, agency) { Ocgs = Many(HubClaims.Ocg), Sites = Many(HubClaims.Site) };
        DateTimeOffset? expires = jwt.ValidTo == DateTime.MinValue ? null : new DateTimeOffset(DateTime.SpecifyKind(jwt.ValidTo, DateTimeKind.Utc));
        return new TokenClaims(persona, expires);
    }

    /// <summary>Describes the caller for a message, such as "partner token for WYP (system:wyp)".</summary>
    public string Describe() => Persona.Subject.Length > 0
        ? $"{Persona.Role} token for {Persona.Agency} ({Persona.Subject})"
        : $"{Persona.Role} token for {Persona.Agency}";
}
