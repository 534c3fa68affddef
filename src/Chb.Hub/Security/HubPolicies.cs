using Chb.Contracts.Security;
using Microsoft.AspNetCore.Authorization;

namespace Chb.Hub.Security;

/// <summary>The authorisation policies RPCs name. Every RPC names one; anything unnamed needs at least a valid token.</summary>
internal static class HubPolicies
{
    public const string Partner = "partner";
    public const string Admin = "admin";
    public const string AdminOrPartner = "admin-or-partner";
    public const string Lro = "lro";
    public const string Gain = "gain";
    public const string Auditor = "auditor";
    public const string AdminOrAnalyst = "admin-or-analyst";

    public static void Add(AuthorizationOptions options)
    {
        Require(options, Partner, HubRoles.Partner);
        Require(options, Admin, HubRoles.Admin);
        Require(options, AdminOrPartner, HubRoles.Admin, HubRoles.Partner);
        Require(options, Lro, HubRoles.Lro);
        Require(options, Gain, HubRoles.Gain);
        Require(options, Auditor, HubRoles.Auditor, HubRoles.Admin);
        Require(options, AdminOrAnalyst, HubRoles.Admin, HubRoles.Analyst);
        options.FallbackPolicy = options.DefaultPolicy = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireClaim(HubClaims.Agency)
            .Build();
    }

    private static void Require(AuthorizationOptions options, string name, params string[] roles)
        => options.AddPolicy(name, policy => policy.RequireAuthenticatedUser().RequireClaim(HubClaims.Agency).RequireRole(roles));
}
