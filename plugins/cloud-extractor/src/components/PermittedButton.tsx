import Button, { type ButtonProps } from '@material-ui/core/Button';
import { usePermission } from '@backstage/plugin-permission-react';
import type { cloudExtractorJobCreatePermission } from '@fawkes/plugin-cloud-extractor-common';

/** One of the plugin's permissions (none of them is about a resource). */
type Permission = typeof cloudExtractorJobCreatePermission;

/**
 * A button the user's permission enables. While the permission is asked it is disabled; once
 * refused it stays disabled and its hover text says why. The backend decides again on every call.
 */
export function PermittedButton(
  props: ButtonProps & { permission: Permission; refusal: string },
) {
  const { permission, refusal, disabled, ...button } = props;
  const answer = usePermission({ permission });
  return (
    <Button
      {...button}
      disabled={disabled || !answer.allowed}
      title={answer.loading || answer.allowed ? undefined : refusal}
    />
  );
}
