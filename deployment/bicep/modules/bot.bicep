// The Azure Bot resource (global) pointing at the web app, with the Microsoft Teams channel enabled.
param name string
param displayName string
param tags object
param messagingEndpoint string

@allowed([ 'F0', 'S1' ])
param sku string

@allowed([ 'SingleTenant', 'UserAssignedMSI' ])
param botIdentity string
param botAppId string
param identityId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: { name: sku }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppId: botAppId
    msaAppType: botIdentity
    msaAppTenantId: tenant().tenantId
    msaAppMSIResourceId: botIdentity == 'UserAssignedMSI' ? identityId : null
    // No Direct Line / Web Chat secrets: Teams (and Slack, when added) only.
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
    }
  }
}

output name string = bot.name
