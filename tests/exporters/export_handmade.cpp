// stub
int main() {}
