"use client";

import { useActionState } from "react";
import { t } from "@/lib/i18n";
import { login, type LoginState } from "./actions";
import { InputField } from "./field";

export function LoginForm() {
  const [state, action, pending] = useActionState<LoginState, FormData>(
    login,
    { error: null, username: "" },
    "/admin/login",
  );
  return (
    <form action={action} className="admin-form login-form" aria-labelledby="login-title">
      <h1 id="login-title">{t.admin.loginTitle}</h1>
      <div role="alert" aria-live="assertive">
        {state.error ? <p className="notice notice--error">{state.error}</p> : null}
      </div>
      <InputField
        id="login-username"
        label={t.admin.username}
        name="username"
        autoComplete="username"
        required
        maxLength={100}
        defaultValue={state.username}
        autoFocus
      />
      <InputField
        id="login-password"
        label={t.admin.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={1024}
      />
      <button type="submit" disabled={pending}>
        {t.admin.login}
      </button>
    </form>
  );
}
