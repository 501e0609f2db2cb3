import { ProxiedSignInPage, SignInPage } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import type { SignInPageProps } from '@backstage/plugin-app-react';

/**
 * Sign-in for the demo portal. With `lodestarDemo.autoSignIn` (the default in
 * app-config.yaml) a visitor, or an automated browser, is signed in as the
 * guest straight away; otherwise the usual guest prompt is shown.
 */
export const DemoSignInPage = (props: SignInPageProps) => {
  const config = useApi(configApiRef);
  if (config.getOptionalBoolean('lodestarDemo.autoSignIn')) {
    return <ProxiedSignInPage {...props} provider="guest" />;
  }
  return <SignInPage {...props} auto providers={['guest']} />;
};
