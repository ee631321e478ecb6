"""Steps that browser tests share."""


def sign_in(page, username: str, password: str) -> None:
    """Sign in through the login form, as whoever was signed in before leaves."""
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    page.get_by_label("Username or email").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_load_state()


def search_from_header(page, query: str) -> None:
    """Search with the header's box, as from any page of the site."""
    box = page.get_by_role("combobox", name="Search the academy")
    box.fill(query)
    box.press("Enter")
    page.wait_for_url("**/search/?q=*")
