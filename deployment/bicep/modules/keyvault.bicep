// Key Vault with RBAC (no access policies). Holds the Application Insights connection string, for a
// single-tenant bot the Entra app's client secret, and the Slack app's signing secret and bot token; the web app reads them through Key Vault references.
param name string
param location string
param tags object
param readerPrincipalId string
param appInsightsName string

@secure()
@description('Client secret of the Entra app (SingleTenant bots only). Empty: set the secret MicrosoftAppPassword by hand.')
param botAppPassword string = ''

@secure()
@description('Signing secret of the Slack app (Basic Information → App Credentials). Empty: set the secret SlackSigningSecret by hand, or leave Slack off.')
param slackSigningSecret string = ''

@secure()
@description('Bot token of the Slack app (xoxb-…, OAuth & Permissions). Empty: set the secret SlackBotToken by hand, or leave Slack off.')
param slackBotToken string = ''

@secure()
@description('Seed of the key that signs file links (photos and documents); a fresh one each deployment unless given. Links live 15 minutes, so rotating it on deploy costs nothing.')
param fileLinkKeySeed string = newGuid()

// Built-in role "Key Vault Secrets User": read secret values.
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource appInsightsSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'ApplicationInsightsConnectionString'
  properties: {
    value: appInsights.properties.ConnectionString
  }
}

// 72 bytes of which 122 bits are random (a GUID); the host needs at least 32 bytes, base64.
resource fileLinkKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'FileLinkSigningKey'
  properties: {
    value: base64('${fileLinkKeySeed}${guid(fileLinkKeySeed, 'file-links')}')
  }
}

resource passwordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(botAppPassword)) {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: {
    value: botAppPassword
  }
}

resource slackSigningSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(slackSigningSecret)) {
  parent: vault
  name: 'SlackSigningSecret'
  properties: {
    value: slackSigningSecret
  }
}

resource slackBotTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(slackBotToken)) {
  parent: vault
  name: 'SlackBotToken'
  properties: {
    value: slackBotToken
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, readerPrincipalId, secretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output uri string = vault.properties.vaultUri
output name string = vault.name
output appInsightsSecretUri string = appInsightsSecret.properties.secretUri
output fileLinkKeySecretUri string = fileLinkKeySecret.properties.secretUri
// Versionless, so a rotated secret is picked up without redeploying.
output botSecretUri string = '${vault.properties.vaultUri}secrets/MicrosoftAppPassword'
// Versionless like the bot secret; until the secrets exist the references do not resolve and the Slack endpoints
// refuse every request (the signature cannot match), which is what "Slack off" means.
output slackSigningSecretUri string = '${vault.properties.vaultUri}secrets/SlackSigningSecret'
output slackBotTokenUri string = '${vault.properties.vaultUri}secrets/SlackBotToken'
